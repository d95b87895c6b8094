using System.Diagnostics;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Building;

/// <summary>
/// Renders many data files in parallel (bounded by cores), one failure never stopping the others,
/// skipping reports whose inputs did not change, and reporting progress as it goes.
/// </summary>
public sealed class BatchRunner(ReportPipeline pipeline)
{
    private readonly InputFingerprint _fingerprint = new(pipeline.Formats.TemplatesRoot, pipeline.Writers);

    /// <param name="onItem">Called (from worker threads) after each report, with its outcome and its full diagnostics.</param>
    /// <exception cref="OutputFolderBusyException">Another run held the output folder longer than <see cref="BatchOptions.LockTimeout"/>.</exception>
    /// <exception cref="OutputException">The output folder cannot be made or locked.</exception>
    public BatchSummary Run(IReadOnlyList<string> files, BatchOptions options, Action<BatchItem, IReadOnlyList<Diagnostic>>? onItem = null)
    {
        var started = Stopwatch.GetTimestamp();
        var shard = options.EffectiveShard;
        var mine = files.Where(shard.Contains).ToList();
        // One writer per output folder: a second run waits, so neither renames over nor cleans up the other's files.
        using var held = OutputLock.Acquire(options.OutputRoot, options.Time, BatchOptions.LockPollInterval, options.LockTimeout, options.OnWaiting, options.Cancellation)
            ?? throw new OutputFolderBusyException(options.OutputRoot);
        AtomicFile.CleanStale(options.OutputRoot);
        // Two files naming the same report would overwrite each other's outputs: neither is built, both are named.
        var collisions = DataFiles.Collisions(mine).SelectMany(c => c.Files.Select(f => (File: f, Collision: c)))
            .ToDictionary(x => x.File, x => x.Collision, StringComparer.Ordinal);
        var items = new BatchItem[mine.Count];
        Parallel.For(0, mine.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, i =>
        {
            var (item, diagnostics) = collisions.TryGetValue(mine[i], out var collision) ? Refused(mine[i], collision.DiagnosticFor(mine[i])) : RunOne(mine[i], options);
            items[i] = item;
            onItem?.Invoke(item, diagnostics);
        });
        return new BatchSummary(items, Stopwatch.GetElapsedTime(started), shard);
    }

    private static (BatchItem, IReadOnlyList<Diagnostic>) Refused(string file, Diagnostic d)
        => (new BatchItem(file, ReportOutcome.Failed, 0, 1, d, 0, Array.Empty<string>()), new[] { d });

    private (BatchItem, IReadOnlyList<Diagnostic>) RunOne(string file, BatchOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var stampPath = BuildStamp.PathFor(options.OutputRoot, file);
        if (!options.Force && IsUnchanged(file, stampPath, options.OutputRoot))
            return (new BatchItem(file, ReportOutcome.Skipped, 0, 0, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, Array.Empty<string>()), Array.Empty<Diagnostic>());

        BuildResult result;
        try
        {
            result = pipeline.Build(file, options.OutputRoot);
            if (!result.Failed)
            {
                var extras = result.ExtraInputs;
                // Hashed from the bytes the build read (not read again): the stamp names exactly what the outputs were made from.
                new BuildStamp(_fingerprint.For(file, ExtraInputs(file, extras), result.DataReads), extras).Write(stampPath);
            }
        }
        catch (Exception e)
        {
            // One report's failure, whatever it is, must not stop the batch; it is reported like any other.
            // A file system refusal is worded as one; anything else (an ArgumentException from our own code, say) is a bug
            // of ours, never "cannot write" (a chart listing a year twice was once reported as E0003).
            var d = e is IOException or UnauthorizedAccessException
                ? FileDiagnostics.OfException(e, file, new SourceSpan(file, 0, 0))
                : Catalog.Building.Internal.At(new SourceSpan(file, 0, 0), "", e.GetType().Name);
            return (new BatchItem(file, ReportOutcome.Failed, 0, 1, d, Stopwatch.GetElapsedTime(started).TotalMilliseconds, Array.Empty<string>()), new[] { d });
        }
        var errors = result.Diagnostics.Count(d => d.IsError);
        var item = new BatchItem(file, result.Failed ? ReportOutcome.Failed : ReportOutcome.Rendered, result.Warnings, errors,
            result.Diagnostics.FirstOrDefault(d => d.IsError), Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Outputs);
        return (item, result.Diagnostics);
    }

    private bool IsUnchanged(string file, string stampPath, string outputRoot)
    {
        var stamp = BuildStamp.Read(stampPath);
        if (stamp is null) return false;
        var key = Shard.KeyOf(file).Split('/');
        foreach (var writer in pipeline.Writers)
            if (!File.Exists(Path.Combine(outputRoot, key[0], $"{key[1]}.{writer.Format}"))) return false;
        return stamp.Hash == _fingerprint.For(file, ExtraInputs(file, stamp.ExtraInputs));
    }

    /// <summary>Last year's file always counts (cross-year checks), whether or not it exists yet.</summary>
    private static IEnumerable<string> ExtraInputs(string file, IEnumerable<string> discovered)
    {
        var full = Path.GetFullPath(file);
        var previous = int.TryParse(Path.GetFileNameWithoutExtension(full), out var year)
            ? Path.Combine(Path.GetDirectoryName(full)!, $"{year - 1}.yaml") : null;
        return previous is null ? discovered : discovered.Append(previous).Distinct();
    }
}
