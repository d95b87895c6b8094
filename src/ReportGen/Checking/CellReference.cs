using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking;

/// <summary>
/// A cell named in format data as <c>table.row.column</c>, resolved against a report: its value,
/// how diagnostics name it (表三“一、本年新收…”／“总计”) and its field path in the YAML.
/// </summary>
internal sealed record CellReference(StatTable Table, RowDefinition Row, ColumnDefinition Column)
{
    public static CellReference? Resolve(ReportModel model, string reference)
    {
        var parts = reference.Split('.');
        if (parts.Length != 3 || model.Statistics.Find(parts[0]) is not { } table) return null;
        if (table.Definition.FindRow(parts[1]) is not { } row || table.Definition.FindColumn(parts[2]) is not { } column) return null;
        return new CellReference(table, row, column);
    }

    public StatCell Cell => Table.Cell(Row.Key, Column.Key);
    public decimal Value => Cell.Value;
    public string Label => Describe(Table.Definition, Row, Column);
    public string Field(ReportModel model) => FieldPath(model, Table.Definition, Row, Column);

    public static string Describe(TableDefinition table, RowDefinition row, ColumnDefinition column)
        => table.IsSingleColumn
            ? $"{table.DisplayName}“{row.Label}”"
            : $"{table.DisplayName}“{row.Label}”／“{column.Label}”";

    public static string FieldPath(ReportModel model, TableDefinition table, RowDefinition row, ColumnDefinition column)
    {
        var prefix = model.Statistics.Tables.Count == 1 ? "statistics" : $"statistics.{table.Id}";
        return table.IsSingleColumn ? $"{prefix}.{row.Key}" : $"{prefix}.{row.Key}.{column.Key}";
    }
}
