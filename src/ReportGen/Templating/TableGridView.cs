using ReportGen.Formats;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// A statistics table laid out as the printed grid: header rows from the format's explicit header
/// cells, then body rows with merged label cells (a group label such as （三）不予公开 is printed once,
/// spanning its rows; no subtotal row) or, for block tables (表二), each block's caption and header
/// row before its rows. Every label comes from the format and every value is formatted here, so the
/// template only prints cells. The editor draws its input grid from the same <see cref="Layout"/>.
/// </summary>
public static class TableGridView
{
    public static ScriptObject Build(StatTable table)
    {
        var grid = Layout(table.Definition, (row, column) => CellText.Of(table, row.Key, column));
        return new ScriptObject
        {
            ["id"] = table.Definition.Id,
            ["name"] = table.Definition.Name,
            ["grid_columns"] = grid.Columns,
            ["head"] = Script(grid.Head),
            ["body"] = Script(grid.Body),
        };
    }

    /// <summary>The printed grid of <paramref name="def"/>; value cells name their row and column and show <paramref name="value"/>.</summary>
    public static GridLayout Layout(TableDefinition def, Func<RowDefinition, string, string> value)
    {
        var body = new List<IReadOnlyList<GridCell>>();
        if (def.Blocks.Count > 0)
            foreach (var block in def.Blocks) AddBlock(body, def, block, value);
        else
            AddGroupedRows(body, def, value);
        return new GridLayout(GridColumns(def), HeaderRows(def), body);
    }

    public static int GridColumns(TableDefinition def)
        => def.GridColumns > 0 ? def.GridColumns : def.LabelColumns + def.PrintedColumns.Count();

    private static List<IReadOnlyList<GridCell>> HeaderRows(TableDefinition def)
        => def.HeaderCells.GroupBy(c => c.Row).OrderBy(g => g.Key)
            .Select(row => (IReadOnlyList<GridCell>)row.OrderBy(c => c.Col).Select(c => Label(c.Text, c.Rowspan, c.Colspan)).ToList())
            .ToList();

    private static void AddBlock(List<IReadOnlyList<GridCell>> body, TableDefinition def, BlockDefinition block, Func<RowDefinition, string, string> value)
    {
        var grid = GridColumns(def);
        var spans = ValueSpans(block.Columns.Count, grid - 1);
        body.Add([Label(block.Caption, colspan: grid)]);
        var header = new List<GridCell> { Label(block.LabelHeader) };
        for (var i = 0; i < block.Columns.Count; i++)
            header.Add(Label(def.FindColumn(block.Columns[i])?.Label ?? block.Columns[i], colspan: spans[i]));
        body.Add(header);
        foreach (var key in block.Rows)
        {
            if (def.FindRow(key) is not { } row) continue;
            var cells = new List<GridCell> { Label(row.Label) };
            for (var i = 0; i < block.Columns.Count; i++)
                cells.Add(Value(value(row, block.Columns[i]), row.Key, block.Columns[i], spans[i]));
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

    private static void AddGroupedRows(List<IReadOnlyList<GridCell>> body, TableDefinition def, Func<RowDefinition, string, string> value)
    {
        var printed = def.Rows.Where(r => r.Data && r.Printed).ToList();
        var started = new HashSet<string>();
        foreach (var row in printed)
        {
            var cells = new List<GridCell>();
            if (def.LabelColumns > 0)
            {
                // Group labels (outermost first) open on the first row of their group and span all its rows.
                foreach (var group in Groups(def, row))
                    if (started.Add(group.Key))
                        cells.Add(Label(group.Label, rowspan: printed.Count(r => IsIn(def, r, group.Key))));
                cells.Add(Label(row.Label, colspan: Math.Max(1, def.LabelColumns - Math.Max(1, row.Level) + 1)));
            }
            foreach (var col in def.PrintedColumns)
                cells.Add(Value(value(row, col.Key), row.Key, col.Key));
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

    private static GridCell Label(string text, int rowspan = 1, int colspan = 1) => new(text, Header: true, rowspan, colspan);

    private static GridCell Value(string text, string row, string column, int colspan = 1) => new(text, Header: false, 1, colspan, row, column);

    private static ScriptArray Script(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var array = new ScriptArray();
        foreach (var row in rows)
        {
            var cells = new ScriptArray();
            foreach (var c in row)
                cells.Add(new ScriptObject
                {
                    ["text"] = c.Text,
                    ["header"] = c.Header,
                    ["rowspan"] = c.Rowspan,
                    ["colspan"] = c.Colspan,
                    ["align"] = "center",
                });
            array.Add(cells);
        }
        return array;
    }
}

/// <summary>A table as printed: the grid's width, its header rows and its body rows.</summary>
public sealed record GridLayout(int Columns, IReadOnlyList<IReadOnlyList<GridCell>> Head, IReadOnlyList<IReadOnlyList<GridCell>> Body);

/// <summary>One printed cell: a label (header) or a value, which names the row and column it shows.</summary>
public sealed record GridCell(string Text, bool Header, int Rowspan, int Colspan, string? Row = null, string? Column = null);
