using ReportGen.Documents.Diagnostics;

namespace ReportGen.Loading;

/// <summary>The marker of text <c>reportgen new</c> leaves for staff to write (diagnostic E0120).</summary>
public static class Drafts
{
    public const string Marker = "【待填写】";
    public const string Paragraph = Marker + "请根据本年度情况撰写本部分（上年原文见下方以“#”开头的注释）。";

    public static bool IsDraft(string text) => text.TrimStart().StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>The findings as diagnostics: warnings for <c>check</c>, errors for <c>build</c>.</summary>
    public static IEnumerable<Diagnostic> Diagnostics(IEnumerable<DraftFinding> findings, Severity severity)
        => findings.Select(f => Catalog.Data.Draft.At(severity, f.Span, f.Path, Marker));
}
