namespace ReportGen.Tooling.Fuzzing;

/// <summary>The outcome of one mutant and, for a crash, why it counts as one.</summary>
public sealed record CaseVerdict(FuzzOutcome Outcome, string Reason = "")
{
    public static CaseVerdict Ok { get; } = new(FuzzOutcome.Ok);
    public static CaseVerdict Rejected { get; } = new(FuzzOutcome.Rejected);
    public static CaseVerdict Crash(string reason) => new(FuzzOutcome.Crash, reason);
}
