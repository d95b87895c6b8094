using System.Diagnostics;
using ReportGen.Building;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Files;
using ReportGen.Formats;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>
/// Where one report's time goes, stage by stage, on one thread after a warm-up pass: loading, model
/// and checks, template, each writer into memory (PDF split into layout and the rest), and the
/// whole build with its files and stamp. Every report has its own characters, so PDF font subsets
/// are built as in a real batch (or found in the cache when another report had the same ones). A benchmark's stopwatch, never a test's.
/// </summary>
internal static class PhaseProfile
{
    public static void Run(FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, IReadOnlyList<string> files, string outputRoot, TextWriter output)
    {
        var pipeline = new ReportPipeline(formats, writers);
        // Warm-up on other reports' worth of code paths; the measured pass below meets new character sets.
        foreach (var f in files.Take(20)) Measure(pipeline, writers, f, outputRoot, null);
        var phases = new Dictionary<string, List<double>>();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        using var sampler = new AllocationSampler();
        sampler.Start();
        foreach (var f in files.Skip(20)) Measure(pipeline, writers, f, outputRoot, phases);
        sampler.Stop();
        if (phases.Count == 0) return;
        var total = phases["整份构建（写文件；子集已缓存）"].Order().ElementAt(phases["整份构建（写文件；子集已缓存）"].Count / 2);
        foreach (var (name, times) in phases)
        {
            var median = times.Order().ElementAt(times.Count / 2);
            var allocated = Allocations.TryGetValue(name, out var bytes) ? $"，分配 {bytes.Average() / 1024:F0} KB" : "";
            output.WriteLine($"  {name,-28} {median,7:F2} 毫秒（均值 {times.Average(),6:F2}{allocated}）");
        }
        var count = Math.Max(1, files.Count - 20);
        output.WriteLine($"  垃圾回收：每 100 份 {(GC.CollectionCount(0) - gen0) * 100.0 / count:F0} 次 0 代、{(GC.CollectionCount(1) - gen1) * 100.0 / count:F1} 次 1 代、{(GC.CollectionCount(2) - gen2) * 100.0 / count:F1} 次 2 代，暂停 {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / count:F2} 毫秒/份");
        sampler.Print(output, count);
        output.WriteLine($"  （{phases.First().Value.Count} 份，{(ThreadClock.IsCpuTime ? "本线程 CPU 时间" : "墙钟")}；各阶段中位数之和不必等于整份构建的中位数 {total:F2} 毫秒）");
    }

    private static void Measure(ReportPipeline pipeline, IReadOnlyList<IDocumentWriter> writers, string file, string outputRoot, Dictionary<string, List<double>>? phases)
    {
        var clock = ThreadClock.StartNew();
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        var unit = pipeline.Loader.Load(file);
        Add(phases, "读取与解析 YAML", clock);
        pipeline.Check(unit);
        Add(phases, "模型与检查", clock);
        var (document, _, _) = pipeline.Compose(unit);
        var composeMs = clock.Elapsed.TotalMilliseconds;
        Restart(clock);
        if (phases is not null)
        {
            // Compose repeats model and checks; the template's share is what it adds.
            var check = phases["模型与检查"][^1];
            Add(phases, "模板与文档模型", composeMs - check);
        }
        if (document is null) return;
        var bytes = new List<(string Format, byte[] Content)>();
        foreach (var writer in writers)
        {
            if (writer is PdfWriter pdf)
            {
                Restart(clock);
                pdf.Layout(document);
                Add(phases, "PDF 排版", clock);
            }
            using var memory = new MemoryStream(256 * 1024);
            Restart(clock);
            writer.Write(document, memory);
            Add(phases, $"写 {writer.Format}（内存中{(writer is PdfWriter ? "，含排版与字体子集" : "")}）", clock);
            bytes.Add((writer.Format, memory.ToArray()));
        }
        Restart(clock);
        var key = Shard.KeyOf(file).Split('/');
        using (var set = new AtomicFileSet())
        {
            foreach (var (format, content) in bytes)
                set.Write(Path.Combine(outputRoot, "files", key[0], $"{key[1]}.{format}"), s => s.Write(content));
            set.Commit();
        }
        new BuildStamp(new string('0', 64), []).Write(Path.Combine(outputRoot, "files", key[0], $".{key[1]}.stamp"));
        Add(phases, "写出文件与印记（临时文件、改名）", clock);
        Restart(clock);
        pipeline.Build(file, outputRoot);
        Add(phases, "整份构建（写文件；子集已缓存）", clock);
    }

    /// <summary>Bytes allocated on this thread per stage, beside its time: garbage is paid for later, in collections.</summary>
    private static readonly Dictionary<string, List<double>> Allocations = new();

    private static long _allocatedAtStart;

    private static void Add(Dictionary<string, List<double>>? phases, string name, ThreadClock clock)
    {
        Add(phases, name, clock.Elapsed.TotalMilliseconds);
        var now = GC.GetAllocatedBytesForCurrentThread();
        if (phases is not null)
        {
            if (!Allocations.TryGetValue(name, out var list)) Allocations[name] = list = new List<double>();
            list.Add(now - _allocatedAtStart);
        }
        Restart(clock);
    }

    private static void Restart(ThreadClock clock)
    {
        clock.Restart();
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    private static void Add(Dictionary<string, List<double>>? phases, string name, double ms)
    {
        if (phases is null) return;
        if (!phases.TryGetValue(name, out var list)) phases[name] = list = new List<double>();
        list.Add(ms);
    }
}

/// <summary>A stopwatch over the calling thread's CPU time where the system has one (Linux), else wall time.</summary>
internal sealed class ThreadClock
{
    private double _start;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && Probe();

    public static ThreadClock StartNew() => new() { _start = Now() };

    public TimeSpan Elapsed => TimeSpan.FromMilliseconds(Now() - _start);

    public void Restart() => _start = Now();

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds, Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuTimeId = 3;

    private static bool Probe()
    {
        try { return ClockGetTime(ThreadCpuTimeId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    private static double Now()
    {
        if (IsCpuTime && ClockGetTime(ThreadCpuTimeId, out var t) == 0) return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }
}
