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
    };

    /// <summary>The basic mutators plus "stacked" (two to four of them in a row), the source of most surprises.</summary>
    public static IReadOnlyList<Mutator> All { get; } = Basic.Append(new Mutator("stacked", Stacked)).ToList();

    private static byte[] Stacked(byte[] input, Random rng)
    {
        var count = rng.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            // Expensive mutators once at most: stacking two 1 MB strings measures nothing new.
            var m = Basic[rng.Next(Basic.Count)];
            if (m.Name is "long-string" or "deep-nesting" && i > 0) continue;
            input = m.Apply(input, rng);
            if (input.Length == 0) break;
        }
        return input;
    }
}
