using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents.Document;

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

        // A wide table (table 三 has ten columns) must scroll on a phone rather than squeeze; the
        // scroll container is focusable and named so keyboard users can scroll it too.
        w.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"");
        if (!string.IsNullOrEmpty(label))
        {
            w.Write(" aria-label=\"");
            HtmlText.Write(w, label);
            w.Write('"');
        }
        w.Write(">\n<table");
        if (!table.Columns.IsDefaultOrEmpty)
        {
            // Chinese text breaks between any two characters, so without a floor the browser would
            // squeeze table 三 to one character per column on a phone instead of scrolling.
            w.Write(" style=\"min-width: ");
            w.Write((table.Columns.Length * 3).ToString(CultureInfo.InvariantCulture));
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

        WriteColumnGroups(w, table);

        if (!table.HeaderRows.IsDefaultOrEmpty)
        {
            w.Write("<thead>\n");
            WriteRows(w, table.Columns, table.HeaderRows, inHeader: true);
            w.Write("</thead>\n");
        }
        if (!table.BodyRows.IsDefaultOrEmpty)
        {
            w.Write("<tbody>\n");
            WriteRows(w, table.Columns, table.BodyRows, inHeader: false);
            w.Write("</tbody>\n");
        }
        w.Write("</table>\n</div>\n");
    }

    /// <summary>
    /// Column widths from the weights, grouped by the spans of the top header row: scope="colgroup"
    /// only means something when the table has column groups to refer to.
    /// </summary>
    private static void WriteColumnGroups(TextWriter w, Table table)
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
                if (total > 0 && weight > 0 && double.IsFinite(weight))
                {
                    w.Write("<col style=\"width: ");
                    w.Write((weight / total * 100).ToString("0.##", CultureInfo.InvariantCulture));
                    w.Write("%\">");
                }
                else
                {
                    w.Write("<col>");
                }
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

    private static void WriteRows(TextWriter w, ImmutableArray<ColumnSpec> columns, ImmutableArray<TableRow> rows, bool inHeader)
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
                    WriteCell(w, cell, rowSpan, Alignment(cell, columns, column, inHeader), inHeader);
                }
            }
            w.Write("</tr>\n");
            layout.NextRow();
        }
    }

    private static void WriteCell(TextWriter w, TableCell cell, int rowSpan, CellAlignment align, bool inHeader)
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
            CellAlignment.Center => " class=\"al-c\">",
            CellAlignment.Right => " class=\"al-r\">",
            _ => " class=\"al-l\">",
        });
        HtmlInlines.Write(w, cell.Content);
        w.Write("</");
        w.Write(tag);
        w.Write(">");
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
