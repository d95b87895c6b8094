using System.Text.RegularExpressions;
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
public sealed partial class LabelPunctuationRule : IRule
{
    [GeneratedRegex(@"^\d+(?:\.\s|．)", RegexOptions.NonBacktracking)]
    private static partial Regex NumberedLabel();

    public string Id => "R21";

    private static readonly (char HalfWidth, string FullWidth)[] Forbidden =
    {
        ('(', "（"), (')', "）"), (':', "："), (',', "，"), (';', "；"), ('"', "“ ”"), ('\'', "‘ ’"),
    };

    /// <summary>
    /// The findings of each format: they are a function of the format alone (read-only, shared by a batch), and every report
    /// of a batch asked for them again. They go with their format.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Formats.FormatDefinition, IReadOnlyList<Finding>> OfFormat = new();

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
        => OfFormat.GetValue(model.Format, static format => Find(format).ToList());

    private static IEnumerable<Finding> Find(Formats.FormatDefinition format)
    {
        var file = new SourceSpan(format.File, 1, 1);
        foreach (var label in Labels(format).Distinct())
        {
            foreach (var (half, full) in Forbidden.Where(f => label.Contains(f.HalfWidth)))
                yield return Finding.Of(Catalog.Checking.R21HalfWidth, file, "format", label, half, full);
            if (NumberedLabel().IsMatch(label))
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
