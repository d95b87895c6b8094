using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers;
using ReportGen.Importing;
using ReportGen.Model;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// The fuzz suite for <c>reportgen import</c>: every data file is built and published with the pipeline's
/// writers (HTML, DOCX, PDF) and as plain text; each mutant of those sources is imported in memory.
/// <c>ok</c>: a data file came out and it loads (a blank required cell aside, which check reports);
/// <c>rejected</c>: Chinese errors naming the source, no data file; <c>crash</c>: an internal error, an
/// English or unplaced error, a data file that does not load, or a hang. Mutant i depends only on seed and i.
/// </summary>
public sealed class ImportFuzzRunner(ReportPipeline pipeline, IReadOnlyList<Mutator>? mutators = null)
{
    private readonly IReadOnlyList<Mutator> _mutators = mutators ?? SourceMutators.All;
    private readonly Importer _importer = new(pipeline.Formats);

    /// <summary>The published forms of the data files (name with the format's extension, bytes).</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Sources(IReadOnlyList<string> dataFiles)
    {
        var sources = new List<(string, byte[])>();
        foreach (var file in dataFiles)
        {
            var (document, model, _) = pipeline.Compose(file);
            if (document is null || model is null) continue;
            foreach (var writer in pipeline.Writers.Where(w => w.Format is "html" or "docx" or "pdf"))
            {
                using var stream = new MemoryStream();
                writer.Write(document, stream);
                sources.Add(($"{model.Agency.Id}-{model.Year}.{writer.Format}", stream.ToArray()));
            }
            var text = string.Join("\n", document.Blocks.Select(b => b switch
            {
                ReportGen.Documents.Document.Heading h => h.PlainText,
                ReportGen.Documents.Document.Paragraph p => p.PlainText,
                ReportGen.Documents.Document.Table t => string.Join("\n", t.BodyRows.Select(r => string.Join("\t", r.Cells.Select(c => c.PlainText)))),
                _ => "",
            }));
            sources.Add(($"{model.Agency.Id}-{model.Year}.txt", Encoding.UTF8.GetBytes(text)));
        }
        return sources;
    }

    public FuzzReport Run(IReadOnlyList<string> dataFiles, FuzzOptions options)
    {
        var sources = Sources(dataFiles);
        if (sources.Count == 0) throw new ArgumentException("没有可供变异的已发布报告", nameof(dataFiles));
        var counts = new ConcurrentDictionary<(string, FuzzOutcome), int>();
        var crashes = new ConcurrentBag<FuzzCrash>();
        var slowest = (Ticks: 0L, Mutator: "");
        var gate = new object();
        var started = Stopwatch.GetTimestamp();
        var root = Path.Combine(Path.GetTempPath(), "reportgen-import-fuzz");
        Parallel.For(0, options.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, (i, state) =>
        {
            if (options.TimeBudget is { } budget && Stopwatch.GetElapsedTime(started) > budget) { state.Stop(); return; }
            var (name, bytes) = sources[i % sources.Count];
            var mutator = _mutators[i / sources.Count % _mutators.Count];
            var mutant = mutator.Apply(bytes, new Random(unchecked(options.Seed * 1_000_003 + i)));
            var caseStarted = Stopwatch.GetTimestamp();
            var task = Task.Run(() => Classify(name, mutant, root));
            var verdict = task.Wait(options.CaseTimeout) ? task.Result : CaseVerdict.Crash($"超过 {options.CaseTimeout.TotalSeconds:F0} 秒仍未结束");
            var ticks = Stopwatch.GetTimestamp() - caseStarted;
            lock (gate) if (ticks > slowest.Ticks) slowest = (ticks, mutator.Name);
            counts.AddOrUpdate((mutator.Name, verdict.Outcome), 1, (_, n) => n + 1);
            if (verdict.Outcome == FuzzOutcome.Crash)
                crashes.Add(new FuzzCrash(i, name, mutator.Name, verdict.Reason, Save(options.CrashFolder, i, name, mutant)));
        });
        var byMutator = counts.GroupBy(c => c.Key.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<FuzzOutcome, int>)g.ToDictionary(c => c.Key.Item2, c => c.Value), StringComparer.Ordinal);
        return new FuzzReport(byMutator, crashes.OrderBy(c => c.Index).ToList(), Stopwatch.GetElapsedTime(started),
            TimeSpan.FromSeconds((double)slowest.Ticks / Stopwatch.Frequency), slowest.Mutator, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    public CaseVerdict Classify(string name, byte[] mutant, string root)
    {
        Importer.Outcome outcome;
        try
        {
            outcome = _importer.ImportBytes(name, mutant, new ImportOptions("fuzz", null, null, root));
        }
        catch (Exception e)
        {
            return CaseVerdict.Crash($"未处理的异常 {e.GetType().Name}：{e.Message.Split('\n')[0]}");
        }
        var errors = outcome.Report.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.FirstOrDefault(d => d.RuleId == Catalog.ImportCodes.Internal.Id) is { } internalError)
            return CaseVerdict.Crash("内部错误：" + internalError.Message);
        foreach (var error in errors)
        {
            if (!error.Message.Any(c => c is >= '\u4E00' and <= '\u9FFF')) return CaseVerdict.Crash($"错误信息不是中文：{error}");
            if (error.Span?.File != name) return CaseVerdict.Crash($"错误没有指明文件：{error}");
        }
        if (outcome.Yaml is null)
            return errors.Count > 0 ? CaseVerdict.Rejected : CaseVerdict.Crash("没有生成数据文件，也没有错误");
        if (errors.Count > 0) return CaseVerdict.Crash($"有错误却生成了数据文件：{errors[0]}");
        var built = ModelBuilder.Build(pipeline.Loader.LoadText(outcome.Target!, outcome.Yaml));
        var loadErrors = built.Diagnostics.Where(d => d.IsError && d.RuleId is not ("R6" or "E0114")).ToList();
        return loadErrors.Count == 0 ? CaseVerdict.Ok : CaseVerdict.Crash($"生成的数据文件无法读取：{loadErrors[0]}");
    }

    private static string? Save(string? folder, int index, string name, byte[] mutant)
    {
        if (folder is null) return null;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{index}-{name}");
        File.WriteAllBytes(path, mutant);
        return path;
    }
}
