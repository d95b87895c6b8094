namespace ReportGen.Formats;

/// <summary>
/// A lexicon cell (<c>row.column</c> of a table) as the cells whose values make it up: itself, or for a
/// group row without data of its own (（三）不予公开) the rows printed under it. Null when the table has no
/// such cell (表二 规章 has no 处理决定数量).
/// </summary>
public static class LexiconCells
{
    public static IReadOnlyList<(string Row, string Column)>? Resolve(TableDefinition table, string rowAndColumn)
    {
        var dot = rowAndColumn.IndexOf('.');
        if (dot <= 0 || dot == rowAndColumn.Length - 1) return null;
        var (rowKey, columnKey) = (rowAndColumn[..dot], rowAndColumn[(dot + 1)..]);
        if (table.FindRow(rowKey) is not { } row || table.FindColumn(columnKey) is null) return null;
        // Written out without LINQ and its closure: the narrative's reading resolves names for every number of a report.
        if (row.Data) return table.HasCell(row, columnKey) ? new List<(string, string)>(1) { (row.Key, columnKey) } : null;
        var cells = new List<(string, string)>();
        foreach (var member in Members(table, row.Key))
        {
            if (!table.HasCell(member, columnKey)) return null;
            cells.Add((member.Key, columnKey));
        }
        return cells.Count == 0 ? null : cells;
    }

    /// <summary><c>table.row.column</c> (a reference of format data) resolved against the format's tables.</summary>
    public static (TableDefinition Table, IReadOnlyList<(string Row, string Column)> Cells)? Resolve(IReadOnlyList<TableDefinition> tables, string reference)
    {
        var dot = reference.IndexOf('.');
        if (dot <= 0) return null;
        var table = tables.FirstOrDefault(t => t.Id == reference[..dot]);
        return table is not null && Resolve(table, reference[(dot + 1)..]) is { } cells ? (table, cells) : null;
    }

    /// <summary>The only column a row has values in (表二's 行政许可 has 本年处理决定数量 only); null when it has several.</summary>
    public static string? OnlyColumn(TableDefinition table, string rowKey)
        => table.FindRow(rowKey) is { } row && table.ColumnsOf(row) is { Count: 1 } only ? only[0].Key : null;

    /// <summary>Data rows printed under a group row, at any depth.</summary>
    private static IEnumerable<RowDefinition> Members(TableDefinition table, string group)
    {
        foreach (var r in table.Rows.Where(r => r.Group == group))
        {
            if (r.Data) yield return r;
            else foreach (var inner in Members(table, r.Key)) yield return inner;
        }
    }
}
