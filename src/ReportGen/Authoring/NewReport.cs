using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;

namespace ReportGen.Authoring;

/// <summary><c>reportgen new</c>: data/&lt;agency&gt;/&lt;year&gt;.yaml started from &lt;year-1&gt;.yaml.</summary>
public static class NewReport
{
    public sealed record Result(bool Ok, string? File, string Message, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Create(string dataRoot, string agencyId, int year, FormatCatalog formats)
    {
        if (agencyId.Length == 0 || !agencyId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            return Fail($"机关标识“{agencyId}”只能包含小写字母、数字和连字符，如 chuanying");
        if (year is < 2008 or > 2100)
            return Fail($"年度 {year} 不在合理范围（2008–2100）");
        var folder = Path.Combine(dataRoot, agencyId);
        var target = Path.Combine(folder, $"{year}.yaml");
        if (File.Exists(target))
            return Fail($"{target} 已存在，不会覆盖。如需重新开始，请先手工改名或删除该文件。");
        var previous = Path.Combine(folder, $"{year - 1}.yaml");
        if (!File.Exists(previous))
        {
            var existing = Directory.Exists(folder)
                ? string.Join("、", Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
                : "";
            return Fail($"找不到上一年度的数据文件 {previous}。" +
                (existing.Length > 0 ? $"该机关已有：{existing}。" : "新机关请先复制一个相近机关的数据文件，或用 reportgen init 创建的示例修改。"));
        }

        var diagnostics = new DiagnosticBag();
        var text = new NextYearWriter(formats).Write(previous, year, diagnostics);
        if (text is null)
            return new Result(false, null, $"上一年度的数据文件 {previous} 无法读取，请先修正其中的错误。", diagnostics.Items);
        try
        {
            // CreateNew: a file that appeared since the check above is still never overwritten.
            OutputFile.CreateNew(target, text);
        }
        catch (IOException) when (File.Exists(target))
        {
            return Fail($"{target} 已存在，不会覆盖。");
        }
        return new Result(true, target, $"已创建 {target}（根据 {Path.GetFileName(previous)}）", diagnostics.Items);
    }

    private static Result Fail(string message) => new(false, null, message, Array.Empty<Diagnostic>());
}
