namespace ReportGen.Tooling.Fuzzing;

/// <summary>Every mutator the fuzzer applies, in a fixed order so runs are reproducible.</summary>
public static class MutatorCatalog
{
    public static IReadOnlyList<Mutator> Basic { get; } = new Mutator[]
    {
        new("delete-line", StructureMutators.DeleteLine),
        new("delete-key", StructureMutators.DeleteKey),
        new("duplicate-key", StructureMutators.DuplicateKey),
        new("wrong-type", StructureMutators.WrongType),
        new("wrong-item-type", StructureMutators.ListItemType),
        new("huge-number", ValueMutators.HugeNumber),
        new("negative-number", ValueMutators.NegativeNumber),
        new("non-integer", ValueMutators.NonInteger),
        new("broken-indent", StructureMutators.BrokenIndentation),
        new("tabs", StructureMutators.Tabs),
        new("invalid-utf8", ByteMutators.InvalidUtf8Sequence),
        new("bom", ByteMutators.Bom),
        new("long-string", ValueMutators.LongString),
        new("deep-nesting", ValueMutators.DeepNesting),
        new("truncate", ByteMutators.Truncate),
        new("bit-flip", ByteMutators.FlipBits),
        new("random-bytes", ByteMutators.RandomBytes),
        new("raw-control", ValueMutators.RawControls),
        new("escaped-control", ValueMutators.EscapedControlsInQuotes),
        new("markup-injection", ValueMutators.MarkupInjection),
        new("anchor-alias", StructureMutators.AnchorsAndAliases),
        new("multi-document", StructureMutators.MultipleDocuments),
        // Issue 14: what an outside attacker tried that the mutators above never made.
        new("digit-run", HostileMutators.DigitRun),
        new("long-url", HostileMutators.LongUrl),
        new("long-word", HostileMutators.LongWord),
        new("empty-document", HostileMutators.EmptyDocument),
        new("parser-english", HostileMutators.ParserEnglish),
        new("chart-years", HostileMutators.ChartYears),
        new("rollup-self", HostileMutators.RollupSelf),
        new("huge-table", HostileMutators.HugeTable),
        new("missing-glyph", HostileMutators.MissingGlyph),
    };

    /// <summary>Classes around the file, run as <c>build</c> runs them over the data folder.</summary>
    public static IReadOnlyList<Mutator> Workspace { get; } = new Mutator[]
    {
        new("link-chain", WorkspaceMutators.Same, WorkspaceMutators.LinkChain),
        new("fifo", WorkspaceMutators.Same, WorkspaceMutators.Fifo),
        new("link-loop", WorkspaceMutators.Same, WorkspaceMutators.LinkLoop),
        new("colliding-files", WorkspaceMutators.Same, WorkspaceMutators.Colliding),
        new("rollup-graph", WorkspaceMutators.Same, WorkspaceMutators.RollupGraph),
    };

    /// <summary>The command line itself: run as a child process, so only where a <see cref="CliLauncher"/> is given.</summary>
    public static IReadOnlyList<Mutator> CommandLine { get; } = new Mutator[]
    {
        new("cli-arguments", WorkspaceMutators.Same, Command: CliCases.Arguments),
        new("concurrent-runs", WorkspaceMutators.Same, Command: CliCases.Concurrent),
    };

    /// <summary>The basic mutators plus "stacked" (two to four of them in a row), the source of most surprises, then the workspace and command-line classes.</summary>
    public static IReadOnlyList<Mutator> All { get; } = Basic.Append(new Mutator("stacked", Stacked)).Concat(Workspace).Concat(CommandLine).ToList();

    /// <summary>What a run without a way to start the command line uses.</summary>
    public static IReadOnlyList<Mutator> InProcess { get; } = All.Where(m => m.Command is null).ToList();

    private static byte[] Stacked(byte[] input, Random rng)
    {
        var count = rng.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            // Expensive mutators once at most: stacking two 1 MB strings measures nothing new.
            var m = Basic[rng.Next(Basic.Count)];
            if (m.Name is "long-string" or "deep-nesting" or "digit-run" or "long-url" or "long-word" or "huge-table" && i > 0) continue;
            input = m.Apply(input, rng);
            if (input.Length == 0) break;
        }
        return input;
    }
}
