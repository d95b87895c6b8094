namespace ReportGen.Authoring;

/// <summary>The marker of text <c>reportgen new</c> leaves for staff to write (diagnostic E0120).</summary>
public static class Drafts
{
    public const string Marker = "【待填写】";
    public const string Code = "E0120";
    public const string Paragraph = Marker + "请根据本年度情况撰写本部分（上年原文见下方以“#”开头的注释）。";

    public static bool IsDraft(string text) => text.TrimStart().StartsWith(Marker, StringComparison.Ordinal);
}
