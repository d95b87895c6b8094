using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing.Published;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Importing.Sources.Docx;

/// <summary>
/// A Word document (.docx), read with the Open XML SDK after <see cref="ZipGuard"/> has cleared the
/// package: paragraphs with their style's heading level (outline level or a "Heading N"/"标题 N" name),
/// title style, alignment and boldness; tables with grid spans and vertical merges turned into spans;
/// native charts with the categories, series and values of their caches; pictures as figures.
/// </summary>
public sealed partial class DocxSourceReader
{
    public PublishedReport? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(file, 0, 0);
        if (bytes.Length > SourceLimits.MaxDocxBytes)
        {
            diagnostics.Add(Catalog.Importing.TooLarge.At(whole, "", bytes.Length, SourceLimits.MaxDocxBytes));
            return null;
        }
        if (ZipGuard.Inspect(bytes) is { } refusal)
        {
            diagnostics.Add(refusal.Kind.At(whole, "", refusal.Detail));
            return null;
        }
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = SourceLimits.MaxZipUncompressedBytes });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                diagnostics.Add(Catalog.Importing.NotADocx.At(whole, "", Catalog.Importing.NoDocumentPart.Text()));
                return null;
            }
            var reader = new BodyReader(main, new DocxStyles(main.StyleDefinitionsPart?.Styles));
            reader.Read(body);
            return new PublishedReport(SourceKind.Docx, file, reader.Blocks.ToImmutableArray());
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                       or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            diagnostics.Add(Catalog.Importing.NotADocx.At(whole, "", e.Message));
            return null;
        }
    }

    private sealed class BodyReader(MainDocumentPart main, DocxStyles styles)
    {
        public List<PublishedBlock> Blocks { get; } = new();

        public void Read(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                if (Blocks.Count > SourceLimits.MaxBlocks) return;
                switch (element)
                {
                    case W.Paragraph p:
                        ReadParagraph(p);
                        break;
                    case W.Table t:
                        ReadTable(t);
                        break;
                    case W.SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Read(content);
                        break;
                    case W.CustomXmlBlock custom:
                        Read(custom);
                        break;
                }
            }
        }

        private void ReadParagraph(W.Paragraph p)
        {
            var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var style = styles.Find(styleId);
            foreach (var drawing in p.Descendants<W.Drawing>())
            {
                Blocks.Add(Figure(drawing));
                return;
            }
            if (p.Descendants<W.Picture>().Any())
            {
                Blocks.Add(new PublishedFigure(""));
                return;
            }
            var text = TextClean.Inline(ParagraphText(p));
            if (text.Length == 0) return;

            // A caption right after a figure names it.
            if (style.IsCaption && Blocks.Count > 0 && Blocks[^1] is PublishedFigure { Caption.Length: 0 } figure)
            {
                Blocks[^1] = figure with { Caption = text };
                return;
            }
            var outline = p.ParagraphProperties?.OutlineLevel?.Val?.Value is { } own && own < 9 ? own + 1 : style.HeadingLevel;
            var align = p.ParagraphProperties?.Justification?.Val?.Value ?? style.Alignment;
            ParagraphRole role;
            if (style.IsTitle) role = ParagraphRole.Title;
            else if (outline is > 0) role = ParagraphRole.Heading;
            else if (style.IsSignature) role = ParagraphRole.Signer;
            else if (style.IsCaption) role = ParagraphRole.Caption;
            else if (align == W.JustificationValues.Center) role = ParagraphRole.Centered;
            else if (align == W.JustificationValues.Right || align == W.JustificationValues.End) role = ParagraphRole.Right;
            else if (IsAllBold(p, style)) role = ParagraphRole.Bold;
            else role = ParagraphRole.Body;
            Blocks.Add(new PublishedParagraph(text, role, role == ParagraphRole.Heading ? outline ?? 1 : 0, styleId));
        }

        /// <summary>
        /// A table cell's paragraph: a line break there is where a label was wrapped to fit the cell (Word
        /// and our writer break East Asian labels explicitly), so it joins as a wrapped line does — nothing
        /// between wide characters, a space between words.
        /// </summary>
        private static string CellParagraphText(OpenXmlElement p)
            => ParagraphText(p, lineBreak: '\n').Split('\n').Select(l => l.Trim()).Aggregate(TextClean.JoinLines);

        private static string ParagraphText(OpenXmlElement p) => ParagraphText(p, lineBreak: ' ');

        private static string ParagraphText(OpenXmlElement p, char lineBreak)
        {
            var sb = new StringBuilder();
            foreach (var e in p.Descendants())
            {
                switch (e)
                {
                    case W.Text t: sb.Append(t.Text); break;
                    case W.TabChar: sb.Append(' '); break;
                    case W.Break or W.CarriageReturn: sb.Append(lineBreak); break;
                    case W.NoBreakHyphen: sb.Append('-'); break;
                }
            }
            return sb.ToString();
        }

        private bool IsAllBold(W.Paragraph p, DocxStyle style)
        {
            var runs = p.Elements<W.Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
            if (runs.Count == 0) return false;
            return runs.All(r => r.RunProperties?.Bold is { } b ? b.Val is null || b.Val.Value : style.Bold);
        }

        /// <summary>A drawing: a native chart (values from its caches) or a picture; the docPr description is its alt text.</summary>
        private PublishedFigure Figure(W.Drawing drawing)
        {
            var alt = drawing.Descendants<DW.DocProperties>().FirstOrDefault()?.Description?.Value;
            var chartRef = drawing.Descendants<C.ChartReference>().FirstOrDefault();
            PublishedChart? chart = null;
            if (chartRef?.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is ChartPart chartPart)
                chart = DocxCharts.Read(chartPart);
            return new PublishedFigure("", chart, alt is null ? null : TextClean.Inline(alt));
        }

        private void ReadTable(W.Table table)
        {
            var rows = table.Elements<W.TableRow>().ToList();
            // A one-cell table holding a short line is how figures are left as placeholders (a framed box).
            if (rows.Count == 1 && rows[0].Elements<W.TableCell>().Count() == 1 && table.Descendants<W.Table>().Count() == 0)
            {
                var only = TextClean.Inline(ParagraphText(rows[0]));
                var caption = table.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableCaption>()?.Val?.Value;
                if (only.Length <= 60)
                {
                    Blocks.Add(new PublishedFigure("", null, caption ?? only));
                    return;
                }
            }
            var grid = new List<ImmutableArray<PublishedCell>>();
            // Vertical merges continue the cell above at the same grid column: found by position.
            var openAbove = new Dictionary<int, (int Row, int Index)>();
            var built = new List<List<PublishedCell>>();
            foreach (var row in rows)
            {
                var cells = new List<PublishedCell>();
                var column = row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
                foreach (var cell in row.Elements<W.TableCell>())
                {
                    var props = cell.TableCellProperties;
                    var span = Math.Clamp(props?.GridSpan?.Val?.Value ?? 1, 1, 1000);
                    var merge = props?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                    if (continues && openAbove.TryGetValue(column, out var above))
                    {
                        var origin = built[above.Row][above.Index];
                        built[above.Row][above.Index] = origin with { RowSpan = origin.RowSpan + 1 };
                    }
                    else
                    {
                        var text = TextClean.Inline(string.Join(" ", cell.Elements<W.Paragraph>().Select(CellParagraphText)));
                        var isHeader = row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null;
                        cells.Add(new PublishedCell(text, 1, span, isHeader));
                        openAbove[column] = (built.Count, cells.Count - 1);
                    }
                    column += span;
                }
                built.Add(cells);
            }
            foreach (var cells in built)
                if (cells.Count > 0) grid.Add(cells.ToImmutableArray());
            Blocks.Add(new PublishedTable(grid.ToImmutableArray()));
        }
    }
}
