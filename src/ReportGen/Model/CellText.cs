using System.Globalization;
using ReportGen.Formats;

namespace ReportGen.Model;

/// <summary>
/// How a cell value is written, the same in tables and in citations: counts as plain integers (no
/// thousands separators), decimal cells (万元) with the precision they were entered with (1193.60 stays
/// 1193.60, as published).
/// </summary>
public static class CellText
{
    public static string Of(StatTable table, string row, string column)
    {
        var value = table.Cell(row, column).Value;
        var def = table.Definition;
        return def.FindRow(row) is { } r && def.FindColumn(column) is { } c && def.CellType(r, c) == CellType.Decimal
            ? value.ToString(CultureInfo.InvariantCulture)
            : Citations.FormatValue(value);
    }
}
