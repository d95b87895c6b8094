namespace ReportGen.Tooling.Fuzzing;

/// <summary>A named, deterministic change to a data file: same input and same <see cref="Random"/> state, same mutant.</summary>
/// <param name="Arrange">
/// For the classes that live beside the file rather than in it (links, FIFOs, colliding copies, roll-up members):
/// sets up the scratch workspace after the mutant is written (arguments: the data file, a generator of the same seed).
/// Such cases run as <c>build</c> does, over the whole data folder.
/// </param>
/// <param name="Command">For the command-line classes (bad arguments, concurrent runs): what to run, given the workspace; needs a <see cref="CliLauncher"/>.</param>
public sealed record Mutator(string Name, Func<byte[], Random, byte[]> Apply, Action<string, Random>? Arrange = null, CliCase? Command = null)
{
    public bool IsWorkspace => Arrange is not null;
}

/// <summary>Runs reportgen with arguments in a folder; returns its exit code and everything it printed.</summary>
public delegate (int ExitCode, string Output) CliLauncher(string workingDirectory, string[] arguments);

/// <summary>A command-line case: the runs to make (in parallel when more than one) and the verdict on their results.</summary>
public sealed record CliCase(Func<string, Random, IReadOnlyList<string[]>> Runs, Func<string, IReadOnlyList<(int ExitCode, string Output)>, CaseVerdict> Judge);
