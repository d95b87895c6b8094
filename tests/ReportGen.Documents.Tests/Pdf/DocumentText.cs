using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>The text a reader should get out of the PDF, in reading order, without whitespace.</summary>
public static partial class DocumentText
{
    public static string Of(ReportDocument document)
    {
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
                    // Placeholder frames show the alt text inside; a chart shows its labels (PdfChartTests).
                    if (f.Content is not (ImageFigure or ChartFigure)) sb.Append(string.IsNullOrWhiteSpace(f.AltText) ? f.Caption : f.AltText);
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"—\s*\d+\s*—")]
    private static partial Regex PageNumber();
}
