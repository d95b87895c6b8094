namespace ReportGen.Tooling.Fuzzing;

/// <summary>One crashing mutant: enough to reproduce it (seed, index) and to read what went wrong.</summary>
public sealed record FuzzCrash(int Index, string SeedFile, string Mutator, string Reason, string? SavedAs);
