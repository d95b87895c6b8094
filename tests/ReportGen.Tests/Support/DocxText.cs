using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Tests.Support;

/// <summary>Reads a written .docx back with the Open XML SDK: paragraphs with their style, and tables row by row.</summary>
public static class DocxText
{
    public static string PlainText(byte[] docx) => string.Join("\n", Lines(docx, withStyles: false));

    /// <summary>A readable structural dump: one line per paragraph (style id + text) and per table row (cells with spans).</summary>
    public static string Structure(byte[] docx) => string.Join("\n", Lines(docx, withStyles: true)) + "\n";

    private static IEnumerable<string> Lines(byte[] docx, bool withStyles)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
                    var text = p.InnerText;
                    if (withStyles) yield return $"[{style}] {text}";
                    else yield return text;
                    if (withStyles)
                        foreach (var chart in p.Descendants<C.ChartReference>())
                            yield return "  " + ChartLine((ChartPart)doc.MainDocumentPart.GetPartById(chart.Id!.Value!));
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var sb = new StringBuilder(withStyles ? "  |" : "");
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            var props = cell.TableCellProperties;
                            var span = props?.GridSpan?.Val?.Value ?? 1;
                            var merge = props?.VerticalMerge;
                            var mark = merge is null ? "" : merge.Val?.Value == MergedCellValues.Restart ? "v+" : "v^";
                            if (withStyles) sb.Append(' ').Append(span > 1 ? $"cs{span} " : "").Append(mark).Append(cell.InnerText).Append(" |");
                            else sb.Append(cell.InnerText).Append('\t');
                        }
                        yield return sb.ToString();
                    }
                    break;
            }
        }
    }

    /// <summary>A native chart as one line: its type, categories and each series' cached values.</summary>
    private static string ChartLine(ChartPart part)
    {
        var plot = part.ChartSpace!.Descendants<C.PlotArea>().Single();
        var type = plot.ChildElements.Single(e => e.LocalName.EndsWith("Chart", StringComparison.Ordinal)).LocalName;
        var sb = new StringBuilder($"<{type}>");
        var first = true;
        foreach (var ser in plot.Descendants().Where(e => e.LocalName == "ser"))
        {
            if (first)
            {
                var categories = ser.Descendants<C.CategoryAxisData>().SelectMany(c => c.Descendants<C.StringPoint>()).Select(x => x.InnerText);
                sb.Append(' ').Append(string.Join(" | ", categories)).Append(';');
                first = false;
            }
            var name = string.Concat(ser.GetFirstChild<C.SeriesText>()?.Descendants<C.StringPoint>().Select(x => x.InnerText) ?? []);
            var values = ser.Descendants<C.Values>().SelectMany(v => v.Descendants<C.NumericPoint>()).Select(x => x.InnerText);
            sb.Append(' ').Append(name).Append(": ").Append(string.Join(" ", values)).Append(';');
        }
        return sb.ToString();
    }
}
