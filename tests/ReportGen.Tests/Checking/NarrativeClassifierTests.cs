using System.Text;
using ReportGen.Checking;
using ReportGen.Checking.Rules;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;
using Xunit.Abstractions;

namespace ReportGen.Tests.Checking;

/// <summary>
/// The narrative checks measured as classifiers on hand-labelled sentences (NarrativeSet/): each sentence is
/// written as the only paragraph of 一、总体情况（二）依申请公开 of a 2021-format report with the statistics of its
/// table set, and checked. “Mismatch found” = an R12 error or an R13/R22 finding; “contradiction found” = an
/// R25/R26 finding. Precision and recall must reach the target on the tuned part (the matcher was developed
/// against it), on the held-out part (written with it, not used while developing) and on the fresh held-out part
/// (written in a later session and committed before the matcher first ran on it). The table is printed.
/// </summary>
public sealed class NarrativeClassifierTests(ITestOutputHelper output)
{
    private const double Target = 0.95;
    private static readonly string Folder = Path.Combine(Support.Repo.Root, "tests", "ReportGen.Tests", "NarrativeSet");
    private static readonly string[] NumberRules = ["R12", "R13", "R22"];
    private static readonly string[] ClaimRules = ["R25", "R26"];

    [Fact]
    public void Numbers_tuned_part_finds_mismatches() => Measure("numbers-tuned.tsv", "mismatch", NumberRules, "数字（调试集）");

    [Fact]
    public void Numbers_held_out_part_finds_mismatches() => Measure("numbers-heldout.tsv", "mismatch", NumberRules, "数字（留出集）");

    [Fact]
    public void Claims_tuned_part_finds_contradictions() => Measure("claims-tuned.tsv", "contradiction", ClaimRules, "陈述（调试集）");

    [Fact]
    public void Claims_held_out_part_finds_contradictions() => Measure("claims-heldout.tsv", "contradiction", ClaimRules, "陈述（留出集）");

    [Fact]
    public void Numbers_fresh_held_out_part_finds_mismatches() => Measure("numbers-fresh.tsv", "mismatch", NumberRules, "数字（新留出集）");

    [Fact]
    public void Claims_fresh_held_out_part_finds_contradictions() => Measure("claims-fresh.tsv", "contradiction", ClaimRules, "陈述（新留出集）");

    [Fact]
    public void The_set_is_large_enough_and_labelled()
    {
        var numbers = Sentences("numbers-tuned.tsv").Concat(Sentences("numbers-heldout.tsv")).Concat(Sentences("numbers-fresh.tsv")).ToList();
        var claims = Sentences("claims-tuned.tsv").Concat(Sentences("claims-heldout.tsv")).Concat(Sentences("claims-fresh.tsv")).ToList();
        Assert.True(numbers.Count + claims.Count >= 150, $"{numbers.Count + claims.Count} sentences");
        Assert.All(numbers, s => Assert.Contains(s.Label, new[] { "agree", "mismatch", "none" }));
        Assert.All(claims, s => Assert.Contains(s.Label, new[] { "contradiction", "consistent" }));
        Assert.Equal(numbers.Count, numbers.Select(s => s.Id).Distinct().Count());
        Assert.Equal(claims.Count, claims.Select(s => s.Id).Distinct().Count());
        Assert.Contains(numbers, s => s.Label == "mismatch");
        Assert.Contains(claims, s => s.Label == "contradiction");
    }

    private void Measure(string file, string positive, string[] rules, string title)
    {
        var tables = TableSets();
        var checker = new Checker(RuleSet.All.Where(r => rules.Contains(r.Id)));
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var wrong = new StringBuilder();
        foreach (var s in Sentences(file))
        {
            var found = Check(checker, tables[s.Tables], s.Text).Where(d => rules.Contains(d.RuleId) && d.Severity != Severity.Info).ToList();
            var expected = s.Label == positive;
            var flagged = found.Count > 0;
            if (expected && flagged) tp++;
            else if (!expected && flagged) fp++;
            else if (expected) fn++;
            else tn++;
            if (expected != flagged)
                wrong.AppendLine($"  {(flagged ? "误报" : "漏报")} {s.Id} [{s.Tables}] {s.Text}" + string.Concat(found.Select(d => $"\n      {d.RuleId}: {d.Message}")));
        }
        var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        output.WriteLine($"{title}: {tp + fp + fn + tn} 句  TP {tp}  FP {fp}  FN {fn}  TN {tn}  精确率 {precision:F3}  召回率 {recall:F3}");
        if (wrong.Length > 0) output.WriteLine(wrong.ToString());
        Assert.True(precision >= Target && recall >= Target,
            $"{title}: precision {precision:F3}, recall {recall:F3} (target {Target})\n{wrong}");
    }

    private static IReadOnlyList<Diagnostic> Check(Checker checker, TableSet set, string sentence)
    {
        var quoted = "\"" + sentence.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var yaml = $"""
            format: "2021"
            agency: {"{"} id: t, name: 测试区人民政府, kind: {set.Kind}, level: county {"}"}
            year: {set.Year}
            narrative:
              overview:
                on_request:
                  - {quoted}
            statistics:
            {set.Statistics}
            """;
        var path = Path.Combine(Path.GetTempPath(), "reportgen-narrative-set", "data", "t", $"{set.Year}.yaml");
        var pipeline = TestRepo.Pipeline();
        var built = ModelBuilder.Build(pipeline.Loader.LoadText(path, yaml));
        Assert.True(built.Model is not null, string.Join("\n", built.Diagnostics.Select(d => $"{d.RuleId} {d.Message}")) + "\n" + yaml);
        return checker.Check(built.Model!);
    }

    private sealed record Sentence(string Id, string Tables, string Label, string Refs, string Text);

    private sealed record TableSet(int Year, string Kind, string Statistics);

    private static IEnumerable<Sentence> Sentences(string file)
        => File.ReadAllLines(Path.Combine(Folder, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Sentence(f[0], f[1], f[2], f[3], f[4]));

    /// <summary>tables.yaml's sets, each statistics block re-indented to stand under a data file's <c>statistics:</c>.</summary>
    private static Dictionary<string, TableSet> TableSets()
    {
        var result = new Dictionary<string, TableSet>();
        string? name = null;
        int year = 0;
        string kind = "";
        var statistics = new StringBuilder();
        void Flush()
        {
            if (name is not null) result[name] = new TableSet(year, kind, statistics.ToString().TrimEnd());
            statistics.Clear();
        }
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "tables.yaml")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            if (!line.StartsWith(' ')) { Flush(); name = line.TrimEnd(':'); continue; }
            if (line.StartsWith("  year:")) year = int.Parse(line[7..].Trim());
            else if (line.StartsWith("  kind:")) kind = line[7..].Trim();
            else if (line.StartsWith("    ")) statistics.AppendLine("  " + line[4..]);
        }
        Flush();
        return result;
    }
}
