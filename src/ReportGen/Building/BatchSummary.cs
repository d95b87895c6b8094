using ReportGen.Documents.Diagnostics;

namespace ReportGen.Building;

public enum ReportOutcome
{
    Rendered,
    Skipped,
    Failed,
}

/// <summary>One report's outcome in a batch; diagnostics kept only as the first error and counts, so memory stays flat.</summary>
public sealed record BatchItem(string File, ReportOutcome Outcome, int Warnings, int Errors, Diagnostic? FirstError, double Milliseconds, IReadOnlyList<string> Outputs);

public sealed record BatchSummary(IReadOnlyList<BatchItem> Items, TimeSpan Elapsed, Shard Shard)
{
    public int Rendered => Items.Count(i => i.Outcome == ReportOutcome.Rendered);
    public int Skipped => Items.Count(i => i.Outcome == ReportOutcome.Skipped);
    public int Failed => Items.Count(i => i.Outcome == ReportOutcome.Failed);
    public int Warned => Items.Count(i => i.Warnings > 0);
    public double ReportsPerSecond => Elapsed.TotalSeconds > 0 ? Rendered / Elapsed.TotalSeconds : 0;
}
