using System.Collections.Concurrent;
using System.Diagnostics;
using ReportGen.Building;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Mutates the given data files and runs each mutant through the pipeline, in parallel. Mutant i is a
/// function of (seed, i) alone, so any crash is reproducible with the same seed and count.
/// </summary>
/// <param name="cli">Starts the command line for the command-line classes; without it they are left out.</param>
public sealed class FuzzRunner(ReportPipeline pipeline, IReadOnlyList<Mutator>? mutators = null, CliLauncher? cli = null)
{
    private readonly IReadOnlyList<Mutator> _mutators = (mutators ?? MutatorCatalog.All).Where(m => m.Command is null || cli is not null).ToList();
    private readonly CaseClassifier _classifier = new(pipeline, cli);

    public IReadOnlyList<Mutator> Mutators => _mutators;

    public FuzzReport Run(IReadOnlyList<string> seedFiles, FuzzOptions options)
    {
        if (seedFiles.Count == 0) throw new ArgumentException("没有可供变异的数据文件", nameof(seedFiles));
        var seeds = seedFiles.Select(f => (File: Path.GetFullPath(f), Bytes: File.ReadAllBytes(f))).ToList();
        var scratch = Path.Combine(Path.GetTempPath(), "reportgen-fuzz", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        var counts = new ConcurrentDictionary<(string, FuzzOutcome), int>();
        var ticksByMutator = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
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
                var verdict = RunCase(i, seedFile, mutator, mutant, unchecked(options.Seed * 7_919 + i), scratch, options.CaseTimeout);
                var ticks = Stopwatch.GetTimestamp() - caseStarted;
                ticksByMutator.AddOrUpdate(mutator.Name, ticks, (_, t) => t + ticks);
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
        var timeByMutator = ticksByMutator.ToDictionary(t => t.Key, t => TimeSpan.FromSeconds((double)t.Value / Stopwatch.Frequency), StringComparer.Ordinal);
        return new FuzzReport(byMutator, crashes.OrderBy(c => c.Index).ToList(), Stopwatch.GetElapsedTime(started),
            TimeSpan.FromSeconds((double)slowest.Ticks / Stopwatch.Frequency), slowest.Mutator, Process.GetCurrentProcess().PeakWorkingSet64)
        {
            TimeByMutator = timeByMutator,
        };
    }

    /// <summary>Mutant <paramref name="index"/> of a run: every seed file meets every mutator in turn.</summary>
    public static (string SeedFile, Mutator Mutator, byte[] Bytes) Mutant(IReadOnlyList<(string File, byte[] Bytes)> seeds, IReadOnlyList<Mutator> mutators, int seed, int index)
    {
        var (file, bytes) = seeds[index % seeds.Count];
        var mutator = mutators[index / seeds.Count % mutators.Count];
        return (file, mutator, mutator.Apply(bytes, new Random(unchecked(seed * 1_000_003 + index))));
    }

    /// <summary>Each mutant gets its own folder named like the seed's (data/&lt;agency&gt;/&lt;year&gt;.yaml), so a hung one cannot disturb the next.</summary>
    private CaseVerdict RunCase(int index, string seedFile, Mutator mutator, byte[] mutant, int arrangeSeed, string scratch, TimeSpan timeout)
    {
        var root = Path.Combine(scratch, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var dataFile = Path.Combine(root, "data", Path.GetFileName(Path.GetDirectoryName(seedFile))!, Path.GetFileName(seedFile));
        var outputRoot = Path.Combine(root, "out");
        var task = Task.Run(() => _classifier.Classify(dataFile, mutant, outputRoot, mutator, new Random(arrangeSeed)));
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
