namespace ReportGen.Tooling.Fuzzing;

/// <summary>A named, deterministic change to a data file: same input and same <see cref="Random"/> state, same mutant.</summary>
public sealed record Mutator(string Name, Func<byte[], Random, byte[]> Apply);
