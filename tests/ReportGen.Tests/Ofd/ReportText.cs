using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Tests.Ofd;

/// <summary>
/// The text a reader should get out of a laid-out report, in reading order, without whitespace or page
/// numbers: the document's blocks (as the PDF tests' DocumentText), plus, for a chart, the labels the
/// engine drew for it — derived text the document model does not hold verbatim.
/// </summary>
public static partial class ReportText
{
    public static string Of(ReportDocument document, LayoutResult layout)
    {
        var figureNodes = new Queue<StructNode>(Nodes(layout.Structure).Where(n => n.Type == "Figure"));
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Title t: foreach (var l in t.Lines) sb.Append(l); break;
                case Heading h: sb.Append(h.PlainText); break;
                case Paragraph p: sb.Append(p.PlainText); break;
                case Table t:
                    if (t.Caption is not null) sb.Append(t.Caption);
                    foreach (var row in t.HeaderRows.Concat(t.BodyRows))
                        foreach (var cell in row.Cells) sb.Append(cell.PlainText);
                    break;
                case Figure f:
                    var node = figureNodes.Dequeue();
                    if (f.Content is ChartFigure)
                        foreach (var run in layout.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Where(r => r.StructId == node.Id))
                            sb.Append(run.Text);
                    else if (f.Content is not ImageFigure) sb.Append(string.IsNullOrWhiteSpace(f.AltText) ? f.Caption : f.AltText);
                    sb.Append(f.NumberedCaption);
                    break;
                case SignatureBlock s:
                    foreach (var signer in s.Signers) sb.Append(signer);
                    sb.Append(s.DateText);
                    break;
            }
        }
        return Normalize(sb.ToString());
    }

    /// <summary>Drops whitespace and the "— n —" page numbers (artifacts, not content).</summary>
    public static string Normalize(string text) => Whitespace().Replace(PageNumber().Replace(text, ""), "");

    private static IEnumerable<StructNode> Nodes(StructNode node) => node.Children.SelectMany(Nodes).Prepend(node);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"—\s*\d+\s*—")]
    private static partial Regex PageNumber();
}
