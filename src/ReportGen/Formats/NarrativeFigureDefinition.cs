namespace ReportGen.Formats;

/// <summary>
/// A sentence pattern that states a table quantity, e.g. 「收到…申请X件」 → 表三 一、/总计. The pattern is
/// a .NET regex with a named group <c>n</c> (the number) and optionally <c>unit</c>; <see cref="Cells"/>
/// are <c>table.row.column</c> references whose sum the number must equal (R12). When the pattern
/// captures a unit, it must be <see cref="Unit"/> (R19).
/// </summary>
public sealed class NarrativeFigureDefinition
{
    public string Name { get; set; } = "";
    public string Pattern { get; set; } = "";
    public List<string> Cells { get; set; } = new();
    public string? Unit { get; set; }
}
