using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;
using static ReportGen.Documents.Writers.Docx.DocxUnits;
using ModelTable = ReportGen.Documents.Document.Table;
using ModelTableRow = ReportGen.Documents.Document.TableRow;
using ModelTableCell = ReportGen.Documents.Document.TableCell;
using ModelText = ReportGen.Documents.Document.Text;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Word tables from model tables: full-width fixed layout, 0.5 pt rules (TableGrid style), real merged
/// cells, header rows repeated on every page and rows kept whole.
/// </summary>
internal static class DocxTableWriter
{
    /// <summary>
    /// 小四 for narrow tables, 五号 once the columns get tight, 小五 beyond what 五号 can fit: table 三
    /// has ten columns and must fit the 156 mm block without wrapping every number.
    /// </summary>
    public static int FontHalfPoints(int columnCount) => columnCount switch
    {
        <= 5 => 24,
        <= 11 => 21,
        _ => 18,
    };

    public static void Write(WordXml xml, ModelTable model)
    {
        var columnCount = ColumnCount(model);
        var halfPoints = FontHalfPoints(columnCount);
        var widths = DistributeWidths(model.Columns, columnCount, TextBlockWidth, MinimumWidths(model, columnCount, halfPoints));

        xml.Start("tbl");
        // The summary is the accessible name (alt text); Word shows it under Table Properties > Alt Text.
        WriteProperties(xml, string.IsNullOrWhiteSpace(model.Summary) ? null : model.Summary, withLook: true);
        WriteGrid(xml, widths);
        WriteSection(xml, model, model.HeaderRows, isHeader: true, columnCount, widths, halfPoints);
        WriteSection(xml, model, model.BodyRows, isHeader: false, columnCount, widths, halfPoints);
        xml.End();
    }

    /// <summary>
    /// w:tblPr: full block width, centred, fixed layout, the TableGrid style's rules; tblLook switches
    /// off the style's conditional formats (placeholder frames have no look: they have no header row).
    /// </summary>
    public static void WriteProperties(WordXml xml, string? caption, bool withLook)
    {
        xml.Start("tblPr");
        xml.Empty("tblStyle", "val", DocxStyleIds.TableGrid);
        WriteWidth(xml, "tblW", TextBlockWidth);
        xml.Empty("jc", "val", "center");
        xml.Empty("tblLayout", "type", "fixed");
        if (withLook)
        {
            xml.Start("tblLook");
            xml.Attribute("val", "0000");
            xml.Attribute("firstRow", "false");
            xml.Attribute("lastRow", "false");
            xml.Attribute("firstColumn", "false");
            xml.Attribute("lastColumn", "false");
            xml.Attribute("noHBand", "true");
            xml.Attribute("noVBand", "true");
            xml.End();
        }
        if (caption is not null) xml.Empty("tblCaption", "val", caption);
        xml.End();
    }

    public static void WriteGrid(WordXml xml, int[] widths)
    {
        xml.Start("tblGrid");
        foreach (var width in widths) xml.Empty("gridCol", "w", width);
        xml.End();
    }

    /// <summary>A width in twips (w:tcW, w:tblW).</summary>
    public static void WriteWidth(WordXml xml, string element, int twips)
    {
        xml.Start(element);
        xml.Attribute("w", twips);
        xml.Attribute("type", "dxa");
        xml.End();
    }

    private static void WriteSection(WordXml xml, ModelTable model, ImmutableArray<ModelTableRow> rows, bool isHeader,
        int columnCount, int[] widths, int halfPoints)
    {
        if (rows.IsDefaultOrEmpty) return;
        var resolved = TableGridResolver.Resolve(rows, columnCount);
        foreach (var slots in resolved)
        {
            xml.Start("tr");
            xml.Start("trPr");
            xml.Empty("cantSplit");
            if (isHeader) xml.Empty("tblHeader");
            xml.End();
            foreach (var slot in slots)
                WriteCell(xml, model, slot, widths, halfPoints);
            xml.End();
        }
    }

    private static void WriteCell(WordXml xml, ModelTable model, GridSlot slot, int[] widths, int halfPoints)
    {
        var width = 0;
        for (var c = slot.Column; c < slot.Column + slot.ColSpan; c++) width += widths[c];

        xml.Start("tc");
        xml.Start("tcPr");
        WriteWidth(xml, "tcW", width);
        if (slot.ColSpan > 1) xml.Empty("gridSpan", "val", slot.ColSpan);
        if (slot.Merge == MergeRole.Restart) xml.Empty("vMerge", "val", "restart");
        else if (slot.Merge == MergeRole.Continue) xml.Empty("vMerge");
        xml.Empty("vAlign", "val", "center");
        xml.End();

        // Covered cells of a vertical merge must stay empty: Word shows only the restart cell's text.
        var content = slot.Cell is { } cell && slot.Merge != MergeRole.Continue ? WordLines(cell, width, halfPoints) : default;
        var paragraph = DocxParagraph.Of(DocxStyleIds.TableText, content, halfPoints);
        paragraph.Properties!.Justification = Alignment(model, slot);
        paragraph.Write(xml);
        xml.End();
    }

    /// <summary>
    /// Explicit cell alignment first; header cells centred; then the column's. A number in a column left
    /// at the default (left) alignment is centred anyway: the tables print labels left and numbers
    /// centred, and a template forgetting the column alignment should not shift a column of counts.
    /// </summary>
    private static string Alignment(ModelTable model, GridSlot slot)
    {
        var align = slot.Cell?.Align ?? CellAlignment.Default;
        if (align == CellAlignment.Default)
        {
            align = slot.Cell is { IsHeader: true } ? CellAlignment.Center
                : slot.Column < model.Columns.Length ? model.Columns[slot.Column].Align
                : CellAlignment.Left;
            if (align == CellAlignment.Left && slot.Cell is { } cell && LooksNumeric(cell.PlainText))
                align = CellAlignment.Center;
        }
        return align switch
        {
            CellAlignment.Center => "center",
            CellAlignment.Right => "right",
            _ => "left",
        };
    }

    internal static bool LooksNumeric(string text)
    {
        var digits = 0;
        foreach (var ch in text.AsSpan().Trim())
        {
            if (char.IsAsciiDigit(ch)) digits++;
            else if (ch is not (',' or '.' or '%' or '-' or '+' or '‰')) return false;
        }
        return digits > 0;
    }

    /// <summary>The declared columns, or (if the model declares none) the widest row.</summary>
    private static int ColumnCount(ModelTable model)
    {
        if (!model.Columns.IsDefaultOrEmpty) return model.Columns.Length;
        var widest = 1;
        foreach (var rows in new[] { model.HeaderRows, model.BodyRows })
        {
            if (rows.IsDefaultOrEmpty) continue;
            foreach (var row in rows)
                widest = Math.Max(widest, row.Cells.IsDefaultOrEmpty ? 0 : row.Cells.Sum(c => Math.Max(1, c.ColSpan)));
        }
        return widest;
    }

    /// <summary>Cell margins left and right (TableGrid style) plus a little slack for the font's own side bearings.</summary>
    private const int CellMarginsTwips = 2 * 57 + 30;

    /// <summary>
    /// Per column, the width of its longest label word (<see cref="LabelBreaks"/>), as in the PDF
    /// layout: Word breaks East Asian text anywhere, so a column narrower than 「本年度」 would print
    /// 「本年/度」 whatever the breaks below say.
    /// </summary>
    private static double[] MinimumWidths(ModelTable model, int columnCount, int halfPoints)
    {
        var min = new double[columnCount];
        foreach (var rows in new[] { model.HeaderRows, model.BodyRows })
        {
            if (rows.IsDefaultOrEmpty) continue;
            foreach (var row in TableGridResolver.Resolve(rows, columnCount))
                foreach (var slot in row)
                    if (slot is { ColSpan: 1, Cell: { } cell } && LabelBreaks.Pieces(cell.PlainText) is { } pieces)
                        min[slot.Column] = Math.Max(min[slot.Column], pieces.Max(p => TitleLines.Em(p)) * halfPoints * 10 + CellMarginsTwips);
        }
        return min;
    }

    /// <summary>
    /// A label wider than its cell, broken where the PDF breaks it: between words (<see cref="LabelBreaks"/>)
    /// or, in prose, wherever kinsoku allows, with balanced lines (no 「息」 alone on the last line).
    /// Explicit line breaks, because Word and LibreOffice would otherwise break East Asian text anywhere.
    /// </summary>
    private static ImmutableArray<Inline> WordLines(ModelTableCell cell, int widthTwips, int halfPoints)
    {
        if (cell.Content is not [ModelText { Strong: false } text]) return cell.Content;
        // Half an em of slack: a line that only just fits by our count may not in the word processor's fonts.
        var capacity = (widthTwips - CellMarginsTwips) / (halfPoints * 10.0) - 0.5;
        if (TitleLines.Em(text.Value) <= capacity + 0.5 || LooksNumeric(text.Value)) return cell.Content;
        var units = LabelBreaks.Pieces(text.Value) ?? Units(text.Value);
        var widths = units.Select(u => TitleLines.Em(u)).ToArray();
        var lengths = units.Select(u => u.Length).ToArray();
        var lines = LineCount(widths, lengths, capacity);
        if (lines < 2) return cell.Content;
        // Narrow the measure as far as the line count allows (as CSS text-wrap: balance).
        double lo = capacity / 2, hi = capacity;
        for (var i = 0; i < 10; i++)
        {
            var mid = (lo + hi) / 2;
            if (LineCount(widths, lengths, mid) == lines) hi = mid;
            else lo = mid;
        }
        // One run with w:br between the lines, so the breaks carry the cell's type size.
        return [new ModelText(string.Join('\n', Fill(units, widths, hi)))];
    }

    /// <summary>How many lines <see cref="Fill"/> makes: the balancing search asks this a dozen times per cell, without the strings.</summary>
    private static int LineCount(double[] widths, int[] lengths, double capacity)
    {
        var count = 1;
        var em = 0.0;
        var chars = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            // Widths are sums of half ems: adding them is exact, so this is the measure of the joined line.
            if (chars > 0 && em + widths[i] > capacity + 0.01)
            {
                count++;
                em = 0;
                chars = 0;
            }
            em += widths[i];
            chars += lengths[i];
        }
        return count;
    }

    /// <summary>Characters grouped where no line may break between them (kinsoku, numbers, Latin words).</summary>
    private static List<string> Units(string text)
    {
        var units = new List<string>();
        var from = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) || !LineBreakRules.CanBreakBetween(text[i - 1], text[i])) continue;
            units.Add(text[from..i]);
            from = i;
        }
        units.Add(text[from..]);
        return units;
    }

    private static List<string> Fill(List<string> units, double[] widths, double capacity)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var em = 0.0;
        for (var i = 0; i < units.Count; i++)
        {
            if (line.Length > 0 && em + widths[i] > capacity + 0.01)
            {
                lines.Add(line.ToString());
                line.Clear();
                em = 0;
            }
            line.Append(units[i]);
            em += widths[i];
        }
        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// Splits the block width by weight, no column narrower than its minimum (taken from the others
    /// above theirs); cumulative rounding makes the columns add up exactly.
    /// </summary>
    internal static int[] DistributeWidths(ImmutableArray<ColumnSpec> columns, int columnCount, int total, double[]? minimum = null)
    {
        var weights = new double[columnCount];
        for (var i = 0; i < columnCount; i++)
            weights[i] = i < columns.Length && columns[i].Weight > 0 ? columns[i].Weight : 1;
        var min = minimum ?? new double[columnCount];
        var preferred = Enumerable.Repeat(double.MaxValue, columnCount).ToArray();
        var exact = Layout.Tables.ColumnWidths.Compute(total, weights, min, preferred);

        var widths = new int[columnCount];
        double cumulative = 0;
        var previous = 0;
        for (var i = 0; i < columnCount; i++)
        {
            cumulative += exact[i];
            var edge = (int)Math.Round(cumulative);
            widths[i] = edge - previous;
            previous = edge;
        }
        return widths;
    }
}
