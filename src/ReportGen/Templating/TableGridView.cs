using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// A statistics table laid out as the printed grid: header rows from the format's explicit header
/// cells, then body rows with merged label cells (a group label such as （三）不予公开 is printed once,
/// spanning its rows; no subtotal row) or, for block tables (表二), each block's caption and header
/// row before its rows. Every label comes from the format and every value is formatted here, so the
/// template only prints cells.
/// </summary>
public static class TableGridView
{
    public static ScriptObject Build(StatTable table)
    {
        var def = table.Definition;
        var body = new ScriptArray();
        if (def.Blocks.Count > 0)
            foreach (var block in def.Blocks) AddBlock(body, table, block);
        else
            AddGroupedRows(body, table);
        return new ScriptObject
        {
            ["id"] = def.Id,
            ["name"] = def.Name,
            ["grid_columns"] = GridColumns(def),
            ["head"] = HeaderRows(def),
            ["body"] = body,
        };
    }

    public static int GridColumns(TableDefinition def)
        => def.GridColumns > 0 ? def.GridColumns : def.LabelColumns + def.PrintedColumns.Count();

    private static ScriptArray HeaderRows(TableDefinition def)
    {
        var rows = new ScriptArray();
        foreach (var row in def.HeaderCells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = new ScriptArray();
            foreach (var c in row.OrderBy(c => c.Col)) cells.Add(Cell(c.Text, header: true, c.Rowspan, c.Colspan));
            rows.Add(cells);
        }
        return rows;
    }

    private static void AddBlock(ScriptArray body, StatTable table, BlockDefinition block)
    {
        var def = table.Definition;
        var grid = GridColumns(def);
        var spans = ValueSpans(block.Columns.Count, grid - 1);
        body.Add(Row(Cell(block.Caption, header: true, colspan: grid)));
        var header = new ScriptArray { Cell(block.LabelHeader, header: true) };
        for (var i = 0; i < block.Columns.Count; i++)
            header.Add(Cell(def.FindColumn(block.Columns[i])?.Label ?? block.Columns[i], header: true, colspan: spans[i]));
        body.Add(header);
        foreach (var key in block.Rows)
        {
            if (def.FindRow(key) is not { } row) continue;
            var cells = new ScriptArray { Cell(row.Label, header: true) };
            for (var i = 0; i < block.Columns.Count; i++)
                cells.Add(Cell(ValueText(table, row, block.Columns[i]), header: false, colspan: spans[i], numeric: true));
            body.Add(cells);
        }
    }

    /// <summary>n value columns share the grid right of the label; the last one takes what is left (表二 第（五）项: one cell over three).</summary>
    private static int[] ValueSpans(int n, int width)
    {
        var spans = Enumerable.Repeat(1, n).ToArray();
        if (n > 0) spans[^1] = Math.Max(1, width - (n - 1));
        return spans;
    }

    private static void AddGroupedRows(ScriptArray body, StatTable table)
    {
        var def = table.Definition;
        var printed = def.Rows.Where(r => r.Data && r.Printed).ToList();
        var started = new HashSet<string>();
        foreach (var row in printed)
        {
            var cells = new ScriptArray();
            if (def.LabelColumns > 0)
            {
                // Group labels (outermost first) open on the first row of their group and span all its rows.
                foreach (var group in Groups(def, row))
                    if (started.Add(group.Key))
                        cells.Add(Cell(group.Label, header: true, rowspan: printed.Count(r => IsIn(def, r, group.Key))));
                cells.Add(Cell(row.Label, header: true, colspan: Math.Max(1, def.LabelColumns - Math.Max(1, row.Level) + 1)));
            }
            foreach (var col in def.PrintedColumns)
                cells.Add(Cell(ValueText(table, row, col.Key), header: false, numeric: true));
            body.Add(cells);
        }
    }

    private static IEnumerable<RowDefinition> Groups(TableDefinition def, RowDefinition row)
    {
        var chain = new List<RowDefinition>();
        for (var g = row.Group is null ? null : def.FindRow(row.Group); g is not null && chain.Count < 8; g = g.Group is null ? null : def.FindRow(g.Group))
            chain.Add(g);
        chain.Reverse();
        return chain;
    }

    private static bool IsIn(TableDefinition def, RowDefinition row, string group)
        => Groups(def, row).Any(g => g.Key == group);

    private static string ValueText(StatTable table, RowDefinition row, string column) => CellText.Of(table, row.Key, column);

    private static ScriptArray Row(params ScriptObject[] cells)
    {
        var row = new ScriptArray();
        foreach (var c in cells) row.Add(c);
        return row;
    }

    private static ScriptObject Cell(string text, bool header, int rowspan = 1, int colspan = 1, bool numeric = false) => new()
    {
        ["text"] = text,
        ["header"] = header,
        ["rowspan"] = rowspan,
        ["colspan"] = colspan,
        ["align"] = numeric || header ? "center" : "left",
    };
}
