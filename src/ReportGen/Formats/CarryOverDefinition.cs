namespace ReportGen.Formats;

/// <summary>
/// A table's year-to-year link (format.yaml: <c>carry_over: { from_row: carried_forward, to_row: carried_over }</c>):
/// next year's <see cref="ToRow"/> starts as this year's <see cref="FromRow"/>, cell by cell (e.g. 上年结转 ← 结转下年度继续办理).
/// </summary>
public sealed class CarryOverDefinition
{
    public string FromRow { get; set; } = "";
    public string ToRow { get; set; } = "";
}
