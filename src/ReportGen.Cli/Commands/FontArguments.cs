using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>--font 角色=路径[#序号]</c> (repeatable): the agency's own font files for the PDF, first in each
/// role's chain (before installed and bundled fonts). Roles in English or Chinese.
/// </summary>
public static class FontArguments
{
    private static readonly Dictionary<string, TextRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = TextRole.Title, ["标题"] = TextRole.Title,
        ["body"] = TextRole.Body, ["正文"] = TextRole.Body,
        ["heading1"] = TextRole.Heading1, ["一级标题"] = TextRole.Heading1,
        ["heading2"] = TextRole.Heading2, ["二级标题"] = TextRole.Heading2,
        ["table"] = TextRole.Table, ["表格"] = TextRole.Table,
        ["pagenumber"] = TextRole.PageNumber, ["页码"] = TextRole.PageNumber,
    };

    public static string Help => "PDF 与 OFD 的字体，可重复：角色=字体文件[#序号]，角色为 title/标题、body/正文、heading1/一级标题、heading2/二级标题、table/表格、pagenumber/页码";

    /// <returns>The options, or null with a Chinese <paramref name="error"/>.</returns>
    public static FontOptions? Parse(IEnumerable<string> values, out string? error)
    {
        error = null;
        var configured = new Dictionary<TextRole, FontSource>();
        foreach (var value in values)
        {
            var eq = value.IndexOf('=');
            if (eq <= 0 || !Roles.TryGetValue(value[..eq].Trim(), out var role))
            {
                error = $"无法识别的字体设置“{value}”，应为 角色=字体文件[#序号]，角色可选：{string.Join("、", Roles.Keys)}";
                return null;
            }
            var path = value[(eq + 1)..].Trim();
            var index = 0;
            var hash = path.LastIndexOf('#');
            if (hash > 0 && int.TryParse(path[(hash + 1)..], out var face))
            {
                index = face;
                path = path[..hash];
            }
            configured[role] = new FontSource(Path.GetFullPath(path), index);
        }
        return new FontOptions { Configured = configured };
    }
}
