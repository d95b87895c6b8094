using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Checking.Matching;

/// <summary>
/// A table quantity the narrative speaks of: a cell, a group row (（三）不予公开) or a sum of cells, as
/// <see cref="Parts"/> (how it is named) and <see cref="Cells"/> (the cells whose values make it up).
/// </summary>
internal sealed record Quantity(StatTable Table, IReadOnlyList<(string Row, string Column)> Parts, IReadOnlyList<(string Row, string Column)> Cells)
{
    // Value and Reported are index loops rather than LINQ (a closure each) or foreach (a boxed enumerator of the interface):
    // the rules ask them of every number of a report.

    public decimal Value
    {
        get
        {
            var total = 0m;
            for (var i = 0; i < Cells.Count; i++) total += Table.Cell(Cells[i].Row, Cells[i].Column).Value;
            return total;
        }
    }

    /// <summary>Every cell has a value (a blank of the 2014 table is not compared).</summary>
    public bool Reported
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++)
                if (!Table.Cell(Cells[i].Row, Cells[i].Column).IsReported) return false;
            return true;
        }
    }

    public string Label => string.Join("＋", Parts.Select(p => Describe(p.Row, p.Column)));

    /// <summary>The citation that prints it, when it is one cell or one group row (a sum of several cannot be cited).</summary>
    public string? Citation => Parts is [var only] ? $"{Table.Definition.Id}.{only.Row}.{only.Column}" : null;

    /// <summary>The entered cells it is made of (totals and groups taken apart), to tell a part from a whole.</summary>
    public IReadOnlySet<(string Row, string Column)> BaseCells => _base ??= BaseCellsOf(Table.Definition, Cells);

    private IReadOnlySet<(string, string)>? _base;

    public bool IsPartOf(Quantity other) => Table.Definition.Id == other.Table.Definition.Id && BaseCells.Count > 0 && BaseCells.IsSubsetOf(other.BaseCells);

    public bool SameAs(Quantity other) => Table.Definition.Id == other.Table.Definition.Id && BaseCells.SetEquals(other.BaseCells);

    private string Describe(string row, string column)
    {
        var def = Table.Definition;
        return def.FindRow(row) is { } r && def.FindColumn(column) is { } c ? CellReference.Describe(def, r, c) : $"{def.DisplayName}“{row}.{column}”";
    }

    /// <summary>Quantity from <c>row.column</c> names of one table (groups allowed); null when one does not resolve.</summary>
    public static Quantity? Of(StatTable table, IEnumerable<string> rowAndColumns)
    {
        var parts = new List<(string, string)>();
        var cells = new List<(string, string)>();
        foreach (var name in rowAndColumns)
        {
            if (LexiconCells.Resolve(table.Definition, name) is not { } resolved) return null;
            var dot = name.IndexOf('.');
            parts.Add((name[..dot], name[(dot + 1)..]));
            cells.AddRange(resolved);
        }
        return parts.Count == 0 ? null : new Quantity(table, parts, cells);
    }

    /// <summary>A sum of cells written <c>table.row.column + …</c> (format data), all of one table; null when it does not resolve.</summary>
    public static Quantity? Of(Statistics statistics, IEnumerable<string> references)
    {
        var list = references.ToList();
        if (list.Count == 0) return null;
        var tableId = list[0][..Math.Max(0, list[0].IndexOf('.'))];
        if (statistics.Find(tableId) is not { } table || list.Any(r => !r.StartsWith(tableId + ".", StringComparison.Ordinal))) return null;
        return Of(table, list.Select(r => r[(tableId.Length + 1)..]));
    }

    /// <summary>
    /// The entered cells of each cell, by table definition: R27 and the choice between readings compare the base cells of every
    /// quantity named, and the same few cells are named in every report. A cell's base cells are a function of the (read-only)
    /// definition alone, so they are worked out once and shared, never written to; they go with their definition.
    /// </summary>
    private static readonly ConditionalWeakTable<TableDefinition, ConcurrentDictionary<(string, string), HashSet<(string, string)>>> Bases = new();

    private static IReadOnlySet<(string, string)> BaseCellsOf(TableDefinition def, IReadOnlyList<(string Row, string Column)> cells)
    {
        var known = Bases.GetValue(def, static _ => new ConcurrentDictionary<(string, string), HashSet<(string, string)>>(CellKeyComparer.Instance));
        if (cells.Count == 1) return BaseCellsOf(known, def, cells[0]);
        // A cell's expansion does not depend on the others', so the union of each is what expanding them together gave.
        var result = new HashSet<(string, string)>(CellKeyComparer.Instance);
        foreach (var cell in cells) result.UnionWith(BaseCellsOf(known, def, cell));
        return result;
    }

    private static HashSet<(string, string)> BaseCellsOf(ConcurrentDictionary<(string, string), HashSet<(string, string)>> known, TableDefinition def, (string, string) cell)
        => known.GetOrAdd(cell, static (c, d) => Expand(d, [c]), def);

    private static HashSet<(string, string)> Expand(TableDefinition def, IEnumerable<(string Row, string Column)> cells)
    {
        var result = new HashSet<(string, string)>(CellKeyComparer.Instance);
        var stack = new Stack<(string Row, string Column, int Depth)>();
        foreach (var (row, column) in cells) stack.Push((row, column, 0));
        while (stack.Count > 0)
        {
            var (row, column, depth) = stack.Pop();
            if (depth > 8) continue;
            var r = def.FindRow(row);
            var c = def.FindColumn(column);
            if (r?.Derived is not null)
            {
                foreach (var part in r.DerivedParts) stack.Push((part, column, depth + 1));
                continue;
            }
            if (c?.Derived is not null)
            {
                foreach (var part in c.DerivedParts) stack.Push((row, part, depth + 1));
                continue;
            }
            result.Add((row, column));
        }
        return result;
    }
}
