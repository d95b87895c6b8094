namespace ReportGen.Tooling.Fuzzing;

/// <param name="Count">Mutants to try (stops earlier when the time budget runs out).</param>
/// <param name="Seed">Same seed, same mutants: a crash is reproduced by rerunning with its seed.</param>
/// <param name="TimeBudget">Stop starting new mutants after this; null for no budget.</param>
/// <param name="CaseTimeout">A mutant still running after this is a crash (a hang is a denial of service).</param>
/// <param name="CrashFolder">Where crashing mutants are saved for reproduction; null to keep none.</param>
public sealed record FuzzOptions(int Count, int Seed, TimeSpan? TimeBudget, int Parallelism, TimeSpan CaseTimeout, string? CrashFolder = null)
{
    public static FuzzOptions Default { get; } = new(1000, 1, null, Environment.ProcessorCount, TimeSpan.FromSeconds(30));
}
