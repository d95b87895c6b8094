using ReportGen.Documents.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R21: the labels a format prints (headings, table captions, header cells, row and column labels)
/// use the official punctuation: full-width （）：，；、 and “ ”, while the enumerators 1. 2. … are an ASCII
/// digit and full stop with no space after. Labels come from the format file, not from staff, so this
/// guards a format revision against a copied label that lost its full-width punctuation.
/// </summary>
public sealed class LabelPunctuationRule : IRule
{
    public string Id => "R21";

    private static readonly (char HalfWidth, string FullWidth)[] Forbidden =
    {
        ('(', "（"), (')', "）"), (':', "："), (',', "，"), (';', "；"), ('"', "“ ”"), ('\'', "‘ ’"),
    };

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        var file = new SourceSpan(Path.Combine(model.Format.Folder, "format.yaml"), 1, 1);
        foreach (var label in Labels(model.Format).Distinct())
        {
            foreach (var (half, full) in Forbidden.Where(f => label.Contains(f.HalfWidth)))
                yield return new Finding(file, "format", $"格式定义中的标签“{label}”含半角标点“{half}”，官方格式用全角“{full}”");
            if (System.Text.RegularExpressions.Regex.IsMatch(label, @"^\d+\.\s") || System.Text.RegularExpressions.Regex.IsMatch(label, @"^\d+．"))
                yield return new Finding(file, "format", $"格式定义中的标签“{label}”序号写法有误：官方格式为半角数字加半角句点，其后不空格（如“1.属于国家秘密”）");
        }
    }

    private static IEnumerable<string> Labels(Formats.FormatDefinition format)
    {
        foreach (var s in format.Sections)
        {
            yield return s.Heading;
            foreach (var sub in s.Subtopics) yield return sub.Heading;
        }
        foreach (var t in format.Tables)
        {
            foreach (var r in t.Rows.Where(r => r.Printed)) yield return r.Label;
            foreach (var c in t.Columns.Where(c => c.Printed)) yield return c.Label;
            foreach (var h in t.HeaderCells) yield return h.Text;
            foreach (var b in t.Blocks)
            {
                yield return b.Caption;
                yield return b.LabelHeader;
            }
        }
    }
}
