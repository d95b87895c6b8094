using System.Collections.Immutable;
using ReportGen.Formats;

namespace ReportGen.Model;

/// <summary>All statistics tables of a report, keyed by table id of the format.</summary>
public sealed class Statistics(ImmutableDictionary<string, StatTable> tables)
{
    public ImmutableDictionary<string, StatTable> Tables { get; } = tables;

    public StatTable? Find(string id) => Tables.GetValueOrDefault(id);
}

/// <summary>
/// One value of a statistics table. <see cref="Entered"/> is what the YAML says (as published);
/// <see cref="Computed"/> is the sum the format defines for derived cells. The printed value is the
/// entered one when given (so published figures stay as published and the checker compares them),
/// else the computed one, else 0.
/// </summary>
public readonly record struct StatCell(decimal? Entered, decimal? Computed)
{
    public decimal Value => Entered ?? Computed ?? 0m;
    public bool IsReported => Entered.HasValue || Computed.HasValue;
}

/// <summary>A statistics table with its derived cells computed from the format's sums.</summary>
public sealed class StatTable
{
    private readonly Dictionary<(string Row, string Column), StatCell> _cells;

    private StatTable(TableDefinition definition, Dictionary<(string, string), StatCell> cells)
    {
        Definition = definition;
        _cells = cells;
    }

    public TableDefinition Definition { get; }

    public StatCell Cell(string row, string column) => _cells.GetValueOrDefault((row, column));

    public decimal Value(string row, string? column = null) => Cell(row, column ?? Definition.DefaultColumn).Value;

    /// <summary>
    /// Builds the table from entered values: derived rows first (sums over rows, per base column),
    /// then derived columns (sums over columns, for every row, derived rows included).
    /// </summary>
    public static StatTable Compute(TableDefinition definition, IReadOnlyDictionary<(string Row, string Column), decimal> entered)
    {
        var baseColumns = definition.Columns.Where(c => c.Derived is null).ToList();
        var derivedColumns = definition.Columns.Where(c => c.Derived is not null).ToList();
        var cells = new Dictionary<(string, string), StatCell>(CellsAtMost(definition, entered.Count, baseColumns.Count, derivedColumns.Count), CellKeyComparer.Instance);
        foreach (var ((row, col), value) in entered)
            cells[(row, col)] = new StatCell(value, null);

        // Rows may be derived from derived rows (e.g. a total of subtotals): resolve on demand.
        var resolving = new HashSet<string>();
        decimal? RowValue(string row, string col)
        {
            var cell = cells.GetValueOrDefault((row, col));
            if (cell.Entered.HasValue) return cell.Entered;
            var def = definition.FindRow(row);
            if (def is null || def.Derived is null) return null;
            if (cell.Computed.HasValue) return cell.Computed;
            if (!resolving.Add(row)) return null;
            var sum = SumOfRows(def.DerivedParts, col);
            resolving.Remove(row);
            cells[(row, col)] = cell with { Computed = sum };
            return sum;
        }

        // Null when no addend is reported: a blank stays blank rather than becoming a computed 0. Sums are loops over the
        // parts in order (a Select with a closure per cell was most of building a table).
        decimal? SumOfRows(IReadOnlyList<string> rows, string col)
        {
            decimal total = 0;
            var any = false;
            foreach (var part in rows)
            {
                if (RowValue(part, col) is not { } x) continue;
                total += x;
                any = true;
            }
            return any ? total : null;
        }

        foreach (var row in definition.Rows.Where(r => r.Derived is not null))
            foreach (var col in baseColumns)
            {
                RowValue(row.Key, col.Key);
                var cell = cells.GetValueOrDefault((row.Key, col.Key));
                if (cell.Entered.HasValue)
                    cells[(row.Key, col.Key)] = cell with { Computed = SumOfRows(row.DerivedParts, col.Key) };
            }

        foreach (var row in definition.Rows.Where(r => r.Data))
            foreach (var col in derivedColumns)
            {
                var sum = SumOfColumns(cells, row.Key, col.DerivedParts);
                var cell = cells.GetValueOrDefault((row.Key, col.Key));
                cells[(row.Key, col.Key)] = cell with { Computed = sum };
            }

        return new StatTable(definition, cells);
    }

    /// <summary>
    /// The most cells <see cref="Compute"/> can hold: the entered ones, each derived row in each base column, each data row in
    /// each derived column. Sized once, the table does not grow (and copy itself) while it is computed; a dictionary without
    /// removals lists its cells in the order added whatever its capacity.
    /// </summary>
    private static int CellsAtMost(TableDefinition definition, int entered, int baseColumns, int derivedColumns)
    {
        int derivedRows = 0, dataRows = 0;
        for (var i = 0; i < definition.Rows.Count; i++)
        {
            if (definition.Rows[i].Derived is not null) derivedRows++;
            if (definition.Rows[i].Data) dataRows++;
        }
        return entered + derivedRows * baseColumns + dataRows * derivedColumns;
    }

    /// <summary>A row's parts across columns: every part counts (a cell not there is 0), so the sum is null only without parts.</summary>
    private static decimal? SumOfColumns(Dictionary<(string, string), StatCell> cells, string row, IReadOnlyList<string> columns)
    {
        decimal total = 0;
        var any = false;
        foreach (var part in columns)
        {
            total += cells.GetValueOrDefault((row, part)).Value;
            any = true;
        }
        return any ? total : null;
    }

    /// <summary>The part_of children of a row, in format order (a breakdown whose shares sum to 100%).</summary>
    public IReadOnlyList<RowDefinition> PartsOf(string parentKey)
    {
        var parent = Definition.FindRow(parentKey);
        if (parent?.Derived is not null)
            return parent.DerivedParts.Select(Definition.FindRow).OfType<RowDefinition>().ToList();
        return Definition.Rows.Where(r => r.Parent == parentKey && r.Relation is null or RowRelation.PartOf).ToList();
    }
}
