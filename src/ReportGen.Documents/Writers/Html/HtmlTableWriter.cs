using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// Writes a <see cref="Table"/>. The model already has HTML's shape (spans on the starting cell,
/// covered positions absent), so rows map one to one; the work is choosing th/td, scope and the
/// alignment class.
/// </summary>
internal static class HtmlTableWriter
{
    public static void Write(TextWriter w, Table table)
    {
        var label = !string.IsNullOrEmpty(table.Caption) ? table.Caption : table.Summary;

        // On a desktop (≥ 1000 px) every table fits the 156 mm column: percentage widths, wrapping
        // labels, and a compact type size for tables of twelve or more columns (table 四). On a
        // phone the container scrolls sideways instead, the table keeps readable em widths and
        // its label columns stay in view (position: sticky). The container is focusable and named
        // so keyboard users can scroll it too.
        var layout = PhoneLayout.Of(table);
        w.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"");
        if (!string.IsNullOrEmpty(label))
        {
            w.Write(" aria-label=\"");
            HtmlText.Write(w, label);
            w.Write('"');
        }
        w.Write(">\n<table");
        if (!table.Columns.IsDefaultOrEmpty && table.Columns.Length >= CompactColumns) w.Write(" class=\"compact\"");
        if (layout is not null)
        {
            w.Write(" style=\"--phone-width: ");
            w.Write(layout.TotalEm.ToString("0.##", CultureInfo.InvariantCulture));
            w.Write("em\"");
        }
        w.Write(">\n");

        if (!string.IsNullOrEmpty(table.Caption))
        {
            w.Write("<caption>");
            HtmlText.Write(w, table.Caption);
            w.Write("</caption>\n");
        }
        else if (!string.IsNullOrEmpty(table.Summary))
        {
            // The format prints no caption, but screen-reader users still need the table's name.
            w.Write("<caption class=\"sr-only\">");
            HtmlText.Write(w, table.Summary);
            w.Write("</caption>\n");
        }

        WriteColumnGroups(w, table, layout);

        if (!table.HeaderRows.IsDefaultOrEmpty)
        {
            w.Write("<thead>\n");
            WriteRows(w, table.Columns, table.HeaderRows, inHeader: true, layout);
            w.Write("</thead>\n");
        }
        if (!table.BodyRows.IsDefaultOrEmpty)
        {
            w.Write("<tbody>\n");
            WriteRows(w, table.Columns, table.BodyRows, inHeader: false, layout);
            w.Write("</tbody>\n");
        }
        w.Write("</table>\n</div>\n");
    }

    /// <summary>
    /// Column widths from the weights, grouped by the spans of the top header row: scope="colgroup"
    /// only means something when the table has column groups to refer to.
    /// </summary>
    /// <summary>From this many columns on, the table is set compactly so that it fits 1000 px without scrolling.</summary>
    private const int CompactColumns = 12;

    /// <summary>
    /// The phone layout: fixed em widths (a number column 3 em, the label columns 12 em between them
    /// by weight, none narrower than its longest unbreakable piece) and how many leading columns,
    /// declared left-aligned, are label columns that stay in view.
    /// </summary>
    private sealed record PhoneLayout(double[] WidthsEm, int LabelColumns)
    {
        public double TotalEm => WidthsEm.Sum();

        public static PhoneLayout? Of(Table table)
        {
            var columns = table.Columns;
            if (columns.IsDefaultOrEmpty) return null;
            var labels = 0;
            while (labels < columns.Length - 1 && columns[labels].Align == CellAlignment.Left) labels++;
            var labelWeight = 0.0;
            for (var i = 0; i < labels; i++) labelWeight += Weight(columns[i]);
            var longest = LongestPieces(table);
            var widths = new double[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var share = i < labels ? 12 * Weight(columns[i]) / labelWeight : 3;
                // Never narrower than the column's longest unbreakable piece and the cell padding.
                widths[i] = Math.Round(Math.Max(share, longest[i] + 0.8), 1);
            }
            return new PhoneLayout(widths, labels);
        }

        /// <summary>Per column, the widest piece (in em) of a one-column cell's label.</summary>
        private static double[] LongestPieces(Table table)
        {
            var longest = new double[table.Columns.Length];
            foreach (var rows in new[] { table.HeaderRows, table.BodyRows })
            {
                if (rows.IsDefaultOrEmpty) continue;
                var placement = new HtmlTableLayout(table.Columns.Length);
                for (var r = 0; r < rows.Length; r++)
                {
                    var cursor = 0;
                    if (!rows[r].Cells.IsDefaultOrEmpty)
                        foreach (var cell in rows[r].Cells)
                        {
                            var column = placement.Place(ref cursor, cell, Math.Clamp(cell.RowSpan, 1, rows.Length - r));
                            if (cell.ColSpan > 1 || column >= longest.Length) continue;
                            foreach (var piece in LabelBreaks.Pieces(cell.PlainText) ?? [])
                                longest[column] = Math.Max(longest[column], TitleLines.Em(piece));
                        }
                    placement.NextRow();
                }
            }
            return longest;
        }

        private static double Weight(ColumnSpec c) => c.Weight > 0 && double.IsFinite(c.Weight) ? c.Weight : 1;
    }

    private static void WriteColumnGroups(TextWriter w, Table table, PhoneLayout? layout)
    {
        var columns = table.Columns;
        if (columns.IsDefaultOrEmpty) return;

        var total = 0.0;
        foreach (var c in columns) total += c.Weight > 0 && double.IsFinite(c.Weight) ? c.Weight : 0;

        var groups = GroupSizes(table);
        var x = 0;
        foreach (var size in groups)
        {
            w.Write("<colgroup>");
            for (var i = 0; i < size; i++, x++)
            {
                var weight = columns[x].Weight;
                w.Write("<col style=\"--pct: ");
                w.Write(total > 0 && weight > 0 && double.IsFinite(weight) ? (weight / total * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "auto");
                if (layout is not null)
                {
                    w.Write("; --em: ");
                    w.Write(layout.WidthsEm[x].ToString("0.##", CultureInfo.InvariantCulture));
                    w.Write("em");
                }
                w.Write("\">");
            }
            w.Write("</colgroup>\n");
        }
    }

    private static List<int> GroupSizes(Table table)
    {
        var count = table.Columns.Length;
        var groups = new List<int>();
        if (!table.HeaderRows.IsDefaultOrEmpty && !table.HeaderRows[0].Cells.IsDefaultOrEmpty)
        {
            var sum = 0;
            foreach (var cell in table.HeaderRows[0].Cells)
            {
                var span = Math.Max(cell.ColSpan, 1);
                groups.Add(span);
                sum += span;
            }
            if (sum == count) return groups;
            groups.Clear();
        }
        groups.Add(count);
        return groups;
    }

    private static void WriteRows(TextWriter w, ImmutableArray<ColumnSpec> columns, ImmutableArray<TableRow> rows, bool inHeader, PhoneLayout? phone)
    {
        var layout = new HtmlTableLayout(columns.IsDefault ? 0 : columns.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            w.Write("<tr>");
            var cursor = 0;
            var cells = rows[r].Cells;
            if (!cells.IsDefaultOrEmpty)
            {
                foreach (var cell in cells)
                {
                    // HTML clips a rowspan at the end of its row group; write what will be rendered.
                    var rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Length - r);
                    var column = layout.Place(ref cursor, cell, rowSpan);
                    var sticky = phone is not null && column < phone.LabelColumns ? column : (int?)null;
                    WriteCell(w, cell, rowSpan, Alignment(cell, columns, column, inHeader), inHeader, sticky);
                }
            }
            w.Write("</tr>\n");
            layout.NextRow();
        }
    }

    private static void WriteCell(TextWriter w, TableCell cell, int rowSpan, CellAlignment align, bool inHeader, int? labelColumn)
    {
        var colSpan = Math.Max(cell.ColSpan, 1);
        // Everything in a header row is a heading unless explicitly marked otherwise and empty
        // (an empty th is an empty heading for screen readers).
        var isTh = cell.IsHeader || (inHeader && cell.PlainText.Length > 0);
        var tag = isTh ? "th" : "td";
        w.Write('<');
        w.Write(tag);
        if (isTh)
            w.Write(inHeader ? (colSpan > 1 ? " scope=\"colgroup\"" : " scope=\"col\"") : " scope=\"row\"");
        if (rowSpan > 1)
        {
            w.Write(" rowspan=\"");
            w.Write(rowSpan.ToString(CultureInfo.InvariantCulture));
            w.Write('"');
        }
        if (colSpan > 1)
        {
            w.Write(" colspan=\"");
            w.Write(colSpan.ToString(CultureInfo.InvariantCulture));
            w.Write('"');
        }
        w.Write(align switch
        {
            CellAlignment.Center => " class=\"al-c",
            CellAlignment.Right => " class=\"al-r",
            _ => " class=\"al-l",
        });
        if (labelColumn is { } column)
        {
            // A label cell: kept at the left edge on a phone while the numbers scroll. All label
            // columns stick at 0 and the innermost (the row's own label) lies on top, so only one
            // label column's width stays in view (see the stylesheet).
            w.Write(" lc\" style=\"--z: ");
            w.Write((column + 1).ToString(CultureInfo.InvariantCulture));
        }
        w.Write("\">");
        WriteContent(w, cell);
        w.Write("</");
        w.Write(tag);
        w.Write(">");
    }

    /// <summary>
    /// A label in pieces that break only between words (<see cref="LabelBreaks"/>, as in the PDF):
    /// each piece is one nowrap span, so a narrow column wraps 「三、|本年度|办理|结果」 and never 「本年|度办」.
    /// </summary>
    private static void WriteContent(TextWriter w, TableCell cell)
    {
        if (cell.Content is [Text { Strong: false } text] && LabelBreaks.Pieces(text.Value) is { } pieces)
        {
            foreach (var piece in pieces)
            {
                w.Write("<span class=\"w\">");
                HtmlText.Write(w, piece);
                w.Write("</span>");
            }
            return;
        }
        HtmlInlines.Write(w, cell.Content);
    }

    /// <summary>
    /// The cell's own alignment, else: header-row cells centred (as printed reports do), body cells
    /// take their start column's alignment.
    /// </summary>
    private static CellAlignment Alignment(TableCell cell, ImmutableArray<ColumnSpec> columns, int column, bool inHeader)
    {
        if (cell.Align != CellAlignment.Default) return cell.Align;
        if (inHeader) return CellAlignment.Center;
        if (!columns.IsDefaultOrEmpty && column < columns.Length && columns[column].Align != CellAlignment.Default)
            return columns[column].Align;
        return CellAlignment.Left;
    }
}
