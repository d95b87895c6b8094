using ReportGen.Formats;
using ReportGen.Model;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
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
    // The grid's shape (labels, spans, groups) follows from the definition alone, and a batch prints the same few
    // tables thousands of times: each shape is worked out once, and each report only fills in its values.
    private static readonly ConditionalWeakTable<TableDefinition, GridShape> Shapes = new();

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
        => Shapes.GetValue(def, GridShape.Of).Fill(value);

    public static int GridColumns(TableDefinition def)
        => def.GridColumns > 0 ? def.GridColumns : def.LabelColumns + def.PrintedColumns.Count();

    private static ScriptArray Script(IReadOnlyList<IReadOnlyList<GridCell>> rows)
    {
        var array = new ScriptArray(rows.Count);
        foreach (var row in rows)
        {
            var cells = new ScriptArray(row.Count);
            foreach (var c in row) cells.Add(new GridCellScript(c));
            array.Add(cells);
        }
        return array;
    }

    /// <summary>A cell of a shape's body: a label, printed as is, or the value of <see cref="Row"/> and <see cref="Column"/>.</summary>
    private readonly record struct Slot(GridCell? Label, RowDefinition? Row, string? Column, int Colspan);

    /// <summary>
    /// A table's printed grid without its values: label cells as they print, and for each value cell the row and
    /// column it shows.
    /// </summary>
    private sealed class GridShape(int columns, List<IReadOnlyList<GridCell>> head, List<Slot[]> body)
    {
        public GridLayout Fill(Func<RowDefinition, string, string> value)
        {
            var rows = new List<IReadOnlyList<GridCell>>(body.Count);
            foreach (var slots in body)
            {
                var cells = new GridCell[slots.Length];
                for (var i = 0; i < slots.Length; i++)
                {
                    var s = slots[i];
                    cells[i] = s.Label ?? Value(value(s.Row!, s.Column!), s.Row!.Key, s.Column!, s.Colspan);
                }
                rows.Add(cells);
            }
            return new GridLayout(columns, head, rows);
        }

        public static GridShape Of(TableDefinition def)
        {
            var body = new List<Slot[]>();
            if (def.Blocks.Count > 0)
                foreach (var block in def.Blocks) AddBlock(body, def, block);
            else
                AddGroupedRows(body, def);
            return new GridShape(GridColumns(def), HeaderRows(def), body);
        }

        private static List<IReadOnlyList<GridCell>> HeaderRows(TableDefinition def)
            => def.HeaderCells.GroupBy(c => c.Row).OrderBy(g => g.Key)
                .Select(row => (IReadOnlyList<GridCell>)row.OrderBy(c => c.Col).Select(c => Label(c.Text, c.Rowspan, c.Colspan)).ToList())
                .ToList();

        private static void AddBlock(List<Slot[]> body, TableDefinition def, BlockDefinition block)
        {
            var grid = GridColumns(def);
            var spans = ValueSpans(block.Columns.Count, grid - 1);
            body.Add([LabelSlot(block.Caption, colspan: grid)]);
            var header = new List<Slot> { LabelSlot(block.LabelHeader) };
            for (var i = 0; i < block.Columns.Count; i++)
                header.Add(LabelSlot(def.FindColumn(block.Columns[i])?.Label ?? block.Columns[i], colspan: spans[i]));
            body.Add([.. header]);
            foreach (var key in block.Rows)
            {
                if (def.FindRow(key) is not { } row) continue;
                var cells = new List<Slot> { LabelSlot(row.Label) };
                for (var i = 0; i < block.Columns.Count; i++)
                    cells.Add(new Slot(null, row, block.Columns[i], spans[i]));
                body.Add([.. cells]);
            }
        }

        /// <summary>n value columns share the grid right of the label; the last one takes what is left (表二 第（五）项: one cell over three).</summary>
        private static int[] ValueSpans(int n, int width)
        {
            var spans = Enumerable.Repeat(1, n).ToArray();
            if (n > 0) spans[^1] = Math.Max(1, width - (n - 1));
            return spans;
        }

        private static void AddGroupedRows(List<Slot[]> body, TableDefinition def)
        {
            var printed = def.Rows.Where(r => r.Data && r.Printed).ToList();
            var started = new HashSet<string>();
            foreach (var row in printed)
            {
                var cells = new List<Slot>();
                if (def.LabelColumns > 0)
                {
                    // Group labels (outermost first) open on the first row of their group and span all its rows.
                    foreach (var group in Groups(def, row))
                        if (started.Add(group.Key))
                            cells.Add(LabelSlot(group.Label, rowspan: printed.Count(r => IsIn(def, r, group.Key))));
                    cells.Add(LabelSlot(row.Label, colspan: Math.Max(1, def.LabelColumns - Math.Max(1, row.Level) + 1)));
                }
                foreach (var col in def.PrintedColumns)
                    cells.Add(new Slot(null, row, col.Key, 1));
                body.Add([.. cells]);
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

        private static Slot LabelSlot(string text, int rowspan = 1, int colspan = 1) => new(Label(text, rowspan, colspan), null, null, colspan);
    }

    private static GridCell Label(string text, int rowspan = 1, int colspan = 1) => new(text, Header: true, rowspan, colspan);

    private static GridCell Value(string text, string row, string column, int colspan = 1) => new(text, Header: false, 1, colspan, row, column);
}

/// <summary>
/// One printed cell as the templates see it (text, header, rowspan, colspan, align), read-only. A script object with a
/// dictionary for every cell of every table was among the largest allocations of a report.
/// </summary>
internal sealed class GridCellScript(GridCell cell) : IScriptObject
{
    private static readonly string[] Members = ["text", "header", "rowspan", "colspan", "align"];
    private static readonly object True = true, False = false;
    private static readonly object[] SmallNumbers = Enumerable.Range(0, 65).Select(i => (object)i).ToArray();

    public int Count => Members.Length;

    public bool IsReadOnly { get => true; set { } }

    public IEnumerable<string> GetMembers() => Members;

    public bool Contains(string member) => Array.IndexOf(Members, member) >= 0;

    public bool TryGetValue(TemplateContext context, SourceSpan span, string member, out object value)
    {
        switch (member)
        {
            case "text": value = cell.Text; return true;
            case "header": value = cell.Header ? True : False; return true;
            case "rowspan": value = Number(cell.Rowspan); return true;
            case "colspan": value = Number(cell.Colspan); return true;
            case "align": value = "center"; return true;
            default: value = null!; return false;
        }
    }

    private static object Number(int n) => (uint)n < (uint)SmallNumbers.Length ? SmallNumbers[n] : n;

    public bool CanWrite(string member) => false;

    /// <summary>Scriban ignores a refused assignment; a template that tries one has a mistake worth naming.</summary>
    public bool TrySetValue(TemplateContext context, SourceSpan span, string member, object value, bool readOnly)
        => throw new Scriban.Syntax.ScriptRuntimeException(span, $"表格单元格只读，不能给“{member}”赋值");

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;
}

/// <summary>A table as printed: the grid's width, its header rows and its body rows.</summary>
public sealed record GridLayout(int Columns, IReadOnlyList<IReadOnlyList<GridCell>> Head, IReadOnlyList<IReadOnlyList<GridCell>> Body);

/// <summary>One printed cell: a label (header) or a value, which names the row and column it shows.</summary>
public sealed record GridCell(string Text, bool Header, int Rowspan, int Colspan, string? Row = null, string? Column = null);
