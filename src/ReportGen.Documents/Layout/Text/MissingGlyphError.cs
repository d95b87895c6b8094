using System.Globalization;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Documents.Layout.Text;

/// <summary>The diagnostic for a character that no font of the chain can draw: never .notdef, never blank.</summary>
internal static class MissingGlyphError
{
    public const string RuleId = "E0903";

    public static ReportGenException Create(int codePoint, SourceSpan? span, TextRole role, FontStack stack)
    {
        var ch = char.ConvertFromUtf32(codePoint);
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var tried = stack.Fonts.Count == 0 ? "（无可用字体）" : string.Join("、", stack.Fonts.Select(f => f.Name));
        return new ReportGenException(new Diagnostic(Severity.Error, RuleId, span, RoleName(role),
            $"字符“{ch}”（{code}）在所有可用字体中都没有字形，无法生成PDF。已尝试的字体：{tried}。",
            "请改用常用字，或在字体配置中指定包含该字符的字体。"));
    }

    private static string RoleName(TextRole role) => role switch
    {
        TextRole.Title => "标题字体",
        TextRole.Heading1 => "一级标题字体",
        TextRole.Heading2 => "二级标题字体",
        TextRole.Table => "表格字体",
        TextRole.PageNumber => "页码字体",
        _ => "正文字体",
    };
}
