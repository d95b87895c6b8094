namespace ReportGen.Tooling.Fuzzing;

/// <summary>What one mutant did to the pipeline.</summary>
public enum FuzzOutcome
{
    /// <summary>Still a valid report: no error, every output written.</summary>
    Ok,
    /// <summary>Refused the way a user needs it: Chinese errors with positions, nothing written.</summary>
    Rejected,
    /// <summary>Anything else: an exception, an error without position, output despite errors, a hang.</summary>
    Crash,
}
