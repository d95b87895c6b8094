using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Building;

namespace ReportGen.Cli.Commands;

/// <summary>The end-of-batch summary, for people and (with --json) for machines.</summary>
public static class SummaryPrinter
{
    public static void Print(TextWriter output, BatchSummary s)
    {
        var shard = s.Shard.Count > 1 ? $"（分片 {s.Shard}）" : "";
        output.WriteLine($"共 {s.Items.Count} 份{shard}：生成 {s.Rendered}，未变跳过 {s.Skipped}，有警告 {s.Warned}，失败 {s.Failed}；用时 {s.Elapsed.TotalSeconds:F2} 秒，{s.ReportsPerSecond:F1} 份/秒");
        foreach (var f in s.Items.Where(i => i.Outcome == ReportOutcome.Failed))
            output.WriteLine($"  失败：{Rel(f.File)}：{f.FirstError}");
    }

    public static void WriteJson(string target, BatchSummary s)
    {
        var payload = new
        {
            total = s.Items.Count,
            rendered = s.Rendered,
            skipped = s.Skipped,
            warned = s.Warned,
            failed = s.Failed,
            shard = s.Shard.ToString(),
            seconds = Math.Round(s.Elapsed.TotalSeconds, 3),
            reports_per_second = Math.Round(s.ReportsPerSecond, 2),
            reports = s.Items.Select(i => new
            {
                file = Rel(i.File),
                outcome = i.Outcome.ToString().ToLowerInvariant(),
                warnings = i.Warnings,
                errors = i.Errors,
                milliseconds = Math.Round(i.Milliseconds, 2),
                outputs = i.Outputs.Select(Rel),
                first_error = i.FirstError is { } d ? DiagnosticJson.Brief(d) : null,
            }),
        };
        var json = PlainJson.Serialize(payload, DiagnosticJson.Options);
        if (target == "-") Console.Out.WriteLine(json);
        else ReportGen.Files.OutputFile.WriteText(target, json + "\n");
    }

    private static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
