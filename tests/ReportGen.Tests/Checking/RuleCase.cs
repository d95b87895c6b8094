using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Tests.Checking;

/// <summary>
/// One rule case (RuleCases/&lt;rule&gt;/&lt;case&gt;.yaml): a small data file whose leading comment says where it
/// is written, which files stand beside it, how the format is edited for it, and what the check must find.
/// <code>
/// # R9: carry-over equals last year's carry-forward.      ← any other comment line: what the case shows
/// # file: data/t/2023.yaml                                  ← where the case is written (the folder and name matter)
/// # also: data/t/2022.yaml = _files/previous-2022.yaml     ← another file of RuleCases written beside it
/// # format: 2021/format.yaml "old text" => "new text"       ← the templates, with one format file edited
/// # expect: clean                                            ← no diagnostic at all
/// # expect: R9 warning at year line 3 message "2022.yaml" hint "check"   ← some R9 diagnostic with all of these (error, warning or info)
/// # expect 2 of: R13                                         ← exactly two R13 diagnostics (qualifiers as above)
/// # expect no: R12                                           ← no R12 diagnostic
/// # only these                                               ← nothing but what the expect lines name (one each, N for "N of")
/// </code>
/// </summary>
public sealed partial record RuleCase(string Name, string Text, string File, IReadOnlyList<(string Target, string Source)> Also,
    (string Format, string Find, string Replace)? FormatEdit, IReadOnlyList<Expectation> Expectations, bool OnlyThese, bool Clean)
{
    public static string Folder => Path.Combine(Support.Repo.Root, "tests", "ReportGen.Tests", "RuleCases");

    /// <summary>Every case file, by path relative to <see cref="Folder"/> (files under <c>_files</c> are companions, not cases).</summary>
    public static IEnumerable<string> All()
        => Directory.GetFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("_files/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static RuleCase Read(string relative)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(Folder, relative));
        string? file = null;
        var also = new List<(string, string)>();
        (string, string, string)? edit = null;
        var expectations = new List<Expectation>();
        bool only = false, clean = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').TakeWhile(l => l.StartsWith('#')))
        {
            var body = line[1..].Trim();
            if (body.StartsWith("file:", StringComparison.Ordinal)) file = body[5..].Trim();
            else if (body.StartsWith("also:", StringComparison.Ordinal))
            {
                var parts = body[5..].Split('=', 2, StringSplitOptions.TrimEntries);
                also.Add((parts[0], parts[1]));
            }
            else if (body.StartsWith("format:", StringComparison.Ordinal))
            {
                var m = FormatEditLine().Match(body[7..].Trim());
                if (!m.Success) throw new FormatException($"{relative}: format: expects <file> \"find\" => \"replace\"");
                edit = (m.Groups[1].Value, Unquote(m.Groups[2].Value), Unquote(m.Groups[3].Value));
            }
            else if (body == "only these") only = true;
            else if (body == "expect: clean") clean = true;
            else if (body.StartsWith("expect", StringComparison.Ordinal)) expectations.Add(Expectation.Parse(body, relative));
        }
        if (file is null) throw new FormatException($"{relative}: no “# file:” line");
        if (!clean && expectations.Count == 0) throw new FormatException($"{relative}: states nothing it expects");
        return new RuleCase(relative, text, file, also, edit, expectations, only, clean);
    }

    /// <summary>How many separate checks the case makes (the measure of what the former C# tests asserted).</summary>
    public int Checks => (Clean ? 1 : 0) + (OnlyThese ? 1 : 0) + Expectations.Sum(e => e.Checks);

    internal static string Unquote(string quoted) => quoted.Replace("\\\"", "\"").Replace("\\n", "\n").Replace("\\\\", "\\");

    [GeneratedRegex("""^(\S+)\s+"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"$""")]
    private static partial Regex FormatEditLine();
}

/// <summary>One <c># expect</c> line: a code and what a diagnostic with that code must also have.</summary>
public sealed partial record Expectation(string Code, ExpectationKind Kind, int Count, Severity? Severity, string? Field, int? Line,
    IReadOnlyList<string> MessageContains, IReadOnlyList<string> HintContains)
{
    public int Checks => 1 + (Severity is null ? 0 : 1) + (Field is null ? 0 : 1) + (Line is null ? 0 : 1) + MessageContains.Count + HintContains.Count;

    public bool Matches(Diagnostic d)
        => d.RuleId == Code
           && (Severity is null || d.Severity == Severity)
           && (Field is null || d.Field == Field)
           && (Line is null || d.Span?.Line == Line)
           && MessageContains.All(t => d.Message.Contains(t, StringComparison.Ordinal))
           && HintContains.All(t => d.Hint.Contains(t, StringComparison.Ordinal));

    public override string ToString()
    {
        var sb = new StringBuilder(Kind switch { ExpectationKind.None => "no ", ExpectationKind.Exactly => $"{Count} of ", _ => "" }).Append(Code);
        if (Severity is { } s) sb.Append(' ').Append(s.ToString().ToLowerInvariant());
        if (Field is not null) sb.Append(" at ").Append(Field);
        if (Line is not null) sb.Append(" line ").Append(Line);
        foreach (var m in MessageContains) sb.Append(" message \"").Append(m).Append('"');
        foreach (var h in HintContains) sb.Append(" hint \"").Append(h).Append('"');
        return sb.ToString();
    }

    public static Expectation Parse(string line, string caseName)
    {
        var m = Head().Match(line);
        if (!m.Success) throw new FormatException($"{caseName}: cannot read “{line}”");
        var kind = m.Groups["no"].Success ? ExpectationKind.None : m.Groups["n"].Success ? ExpectationKind.Exactly : ExpectationKind.Some;
        var count = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value) : 0;
        Severity? severity = null;
        string? field = null;
        int? lineNumber = null;
        var messages = new List<string>();
        var hints = new List<string>();
        foreach (Match q in Qualifier().Matches(m.Groups["rest"].Value))
        {
            if (q.Groups["sev"].Success) severity = q.Groups["sev"].Value switch
            {
                "error" => Documents.Diagnostics.Severity.Error,
                "warning" => Documents.Diagnostics.Severity.Warning,
                _ => Documents.Diagnostics.Severity.Info,
            };
            else if (q.Groups["at"].Success) field = q.Groups["at"].Value;
            else if (q.Groups["line"].Success) lineNumber = int.Parse(q.Groups["line"].Value);
            else if (q.Groups["msg"].Success) messages.Add(RuleCase.Unquote(q.Groups["msg"].Value));
            else if (q.Groups["hint"].Success) hints.Add(RuleCase.Unquote(q.Groups["hint"].Value));
        }
        return new Expectation(m.Groups["code"].Value, kind, count, severity, field, lineNumber, messages, hints);
    }

    [GeneratedRegex(@"^expect(?:\s+(?<no>no)|\s+(?<n>\d+)\s+of)?:\s*(?<code>[ER]\d+)(?<rest>.*)$")]
    private static partial Regex Head();

    [GeneratedRegex("""\s+(?:(?<sev>error|warning|info)|at\s+(?<at>\S+)|line\s+(?<line>\d+)|message\s+"(?<msg>(?:[^"\\]|\\.)*)"|hint\s+"(?<hint>(?:[^"\\]|\\.)*)")""")]
    private static partial Regex Qualifier();
}

public enum ExpectationKind
{
    /// <summary>At least one diagnostic matches.</summary>
    Some,
    /// <summary>Exactly <see cref="Expectation.Count"/> diagnostics match.</summary>
    Exactly,
    /// <summary>No diagnostic has the code.</summary>
    None,
}
