namespace ReportGen.Formats;

/// <summary>
/// A comparison with last year's report. <c>carry_over</c> (R9): this year's <see cref="This"/> row equals
/// last year's <see cref="Previous"/> row, column by column. <c>stock</c> (R10/R11): for each of
/// <see cref="Rows"/>, stock(Y) = stock(Y−1) + added − removed, and removed ≤ stock(Y−1) + added.
/// </summary>
public sealed class CrossYearDefinition
{
    public string Rule { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Table { get; set; } = "";
    public string? This { get; set; }
    public string? Previous { get; set; }
    public List<string> Rows { get; set; } = new();
    public string? Stock { get; set; }
    public string? Added { get; set; }
    public string? Removed { get; set; }
}
