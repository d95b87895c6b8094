using System.Collections.Concurrent;
using System.Diagnostics;
using ReportGen.Building;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Mutates the given data files and runs each mutant through the pipeline, in parallel. Mutant i is a
/// function of (seed, i) alone, so any crash is reproducible with the same seed and count.
/// </summary>
public sealed class FuzzRunner(ReportPipeline pipeline, IReadOnlyList<Mutator>? mutators = null)
{
    private readonly IReadOnlyList<Mutator> _mutators = mutators ?? MutatorCatalog.All;
    private readonly CaseClassifier _classifier = new(pipeline);

    public FuzzReport Run(IReadOnlyList<string> seedFiles, FuzzOptions options)
    {
        if (seedFiles.Count == 0) throw new ArgumentException("没有可供变异的数据文件", nameof(seedFiles));
        var seeds = seedFiles.Select(f => (File: Path.GetFullPath(f), Bytes: File.ReadAllBytes(f))).ToList();
        var scratch = Path.Combine(Path.GetTempPath(), "reportgen-fuzz", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        var counts = new ConcurrentDictionary<(string, FuzzOutcome), int>();
        var crashes = new ConcurrentBag<FuzzCrash>();
        var slowest = (Ticks: 0L, Mutator: "");
        var gate = new object();
        var started = Stopwatch.GetTimestamp();
        try
        {
            Parallel.For(0, options.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, (i, state) =>
            {
                if (options.TimeBudget is { } budget && Stopwatch.GetElapsedTime(started) > budget) { state.Stop(); return; }
                var (seedFile, mutator, mutant) = Mutant(seeds, _mutators, options.Seed, i);
                var caseStarted = Stopwatch.GetTimestamp();
                var verdict = RunCase(i, seedFile, mutant, scratch, options.CaseTimeout);
                var ticks = Stopwatch.GetTimestamp() - caseStarted;
                lock (gate) if (ticks > slowest.Ticks) slowest = (ticks, mutator.Name);
                counts.AddOrUpdate((mutator.Name, verdict.Outcome), 1, (_, n) => n + 1);
                if (verdict.Outcome == FuzzOutcome.Crash)
                    crashes.Add(new FuzzCrash(i, seedFile, mutator.Name, verdict.Reason, Save(options.CrashFolder, i, seedFile, mutant)));
            });
        }
        finally
        {
            TryDelete(scratch);
        }
        var byMutator = counts.GroupBy(c => c.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<FuzzOutcome, int>)g.ToDictionary(c => c.Key.Item2, c => c.Value), StringComparer.Ordinal);
        return new FuzzReport(byMutator, crashes.OrderBy(c => c.Index).ToList(), Stopwatch.GetElapsedTime(started),
            TimeSpan.FromSeconds((double)slowest.Ticks / Stopwatch.Frequency), slowest.Mutator, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    /// <summary>Mutant <paramref name="index"/> of a run: every seed file meets every mutator in turn.</summary>
    public static (string SeedFile, Mutator Mutator, byte[] Bytes) Mutant(IReadOnlyList<(string File, byte[] Bytes)> seeds, IReadOnlyList<Mutator> mutators, int seed, int index)
    {
        var (file, bytes) = seeds[index % seeds.Count];
        var mutator = mutators[index / seeds.Count % mutators.Count];
        return (file, mutator, mutator.Apply(bytes, new Random(unchecked(seed * 1_000_003 + index))));
    }

    /// <summary>Each mutant gets its own folder named like the seed's (data/&lt;agency&gt;/&lt;year&gt;.yaml), so a hung one cannot disturb the next.</summary>
    private CaseVerdict RunCase(int index, string seedFile, byte[] mutant, string scratch, TimeSpan timeout)
    {
        var root = Path.Combine(scratch, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var dataFile = Path.Combine(root, "data", Path.GetFileName(Path.GetDirectoryName(seedFile))!, Path.GetFileName(seedFile));
        var outputRoot = Path.Combine(root, "out");
        var task = Task.Run(() => _classifier.Classify(dataFile, mutant, outputRoot));
        if (!task.Wait(timeout)) return CaseVerdict.Crash($"超过 {timeout.TotalSeconds:F0} 秒仍未结束");
        TryDelete(root);
        return task.Result;
    }

    private static string? Save(string? folder, int index, string seedFile, byte[] mutant)
    {
        if (folder is null) return null;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{index}-{Path.GetFileName(Path.GetDirectoryName(seedFile))}-{Path.GetFileName(seedFile)}");
        File.WriteAllBytes(path, mutant);
        return path;
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
