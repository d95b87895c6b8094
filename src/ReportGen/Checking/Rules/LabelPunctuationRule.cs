using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
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
        var file = new SourceSpan(model.Format.File, 1, 1);
        foreach (var label in Labels(model.Format).Distinct())
        {
            foreach (var (half, full) in Forbidden.Where(f => label.Contains(f.HalfWidth)))
                yield return Finding.Of(Catalog.Checking.R21HalfWidth, file, "format", label, half, full);
            if (System.Text.RegularExpressions.Regex.IsMatch(label, @"^\d+\.\s") || System.Text.RegularExpressions.Regex.IsMatch(label, @"^\d+．"))
                yield return Finding.Of(Catalog.Checking.R21Enumerator, file, "format", label);
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
