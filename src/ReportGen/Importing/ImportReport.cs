using ReportGen.Documents.Diagnostics;
using ReportGen.Importing.Published;

namespace ReportGen.Importing;

/// <summary>
/// What one import found, what it could not place with certainty and what it did not find; printed by
/// the CLI and written as JSON. Lists hold Chinese text for staff, fields name the data file's paths.
/// </summary>
public sealed class ImportReport
{
    public required string Source { get; init; }
    public SourceKind? Kind { get; set; }
    public string? Target { get; set; }
    public bool Written { get; set; }
    public string? Format { get; set; }
    public string? FormatReason { get; set; }
    public string? Agency { get; set; }
    public string? AgencyId { get; set; }
    public int? Year { get; set; }
    public double Milliseconds { get; set; }

    public List<string> Found { get; } = new();
    public List<ReviewItem> Uncertain { get; } = new();
    public List<string> NotFound { get; } = new();
    public List<ReviewItem> BlankCells { get; } = new();
    public List<CitationItem> Cited { get; } = new();
    public List<CitationItem> Differing { get; } = new();
    public List<DeviationItem> Deviations { get; } = new();
    public List<Diagnostic> Diagnostics { get; } = new();
    public List<Diagnostic> Check { get; } = new();

    public bool Failed => !Written && Diagnostics.Any(d => d.IsError);
    public int ReviewCount => Uncertain.Count + BlankCells.Count;
}

/// <param name="Field">Path in the data file (statistics.table3.granted.natural_person, agency.level …).</param>
public sealed record ReviewItem(string Field, string Why);

/// <param name="Number">The number as the paragraph prints it.</param>
/// <param name="Reference">The citation (table3.granted.total) it equals or should equal.</param>
/// <param name="TableValue">The cell's value, when it differs.</param>
public sealed record CitationItem(string Where, string Number, string Reference, string? TableValue = null);

public sealed record DeviationItem(string Field, string Published, string Official);
