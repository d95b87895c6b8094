using System.Diagnostics;
using System.Globalization;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Formats;
using ReportGen.Tooling.Sampling;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>What <c>reportgen bench</c> measures; counts of 0 leave a part out.</summary>
/// <param name="Count">Reports of the main batch (from process start, steady state, skip).</param>
/// <param name="LinearityCount">A larger batch from process start, for cost per report and memory against <paramref name="Count"/>.</param>
/// <param name="PagesCount">Reports in each of the short and the long set (cost per page, in this process).</param>
/// <param name="ColdRuns">Single-report builds from a cold process (the minimum and median are printed).</param>
/// <param name="InProcessOnly">Leave out every child process (a quick look at the steady state and the stages).</param>
/// <param name="ProfileOnly">Only where one report's time goes, stage by stage (for work on speed: a minute, not ten).</param>
public sealed record BenchSettings(int Count = 1000, int LinearityCount = 4000, int PagesCount = 200, int ColdRuns = 5, int LibreOfficeSample = 10, bool InProcessOnly = false,
    bool ProfileOnly = false);

/// <summary>
/// <c>reportgen bench</c>: the figures users meet, in one run — a batch counted from process start (a
/// fresh child process of the tool as installed: JIT, fonts, templates and stamps included), the
/// steady state, one report from a cold process, the cost of skipping an unchanged report, peak
/// memory, cost per report and per page at two sizes, where a report's time goes, and the route
/// offices use today (DOCX → PDF with LibreOffice). CPU time (user + system) is printed beside every
/// wall figure and the load average beside every line: on a shared machine wall time is noise.
/// Figures are printed, never asserted: a benchmark, not a timed test.
/// </summary>
public static class BatchBenchmark
{

    /// <param name="templates">Valid data files to vary into samples (<see cref="SampleTemplates"/>).</param>
    /// <param name="defaults">The formats <c>build</c> writes by default: timed together; every writer is also timed on its own.</param>
    /// <param name="tool">How to start the tool as installed, for the from-start and cold figures.</param>
    /// <param name="work">Where samples and outputs go; deleted afterwards unless <paramref name="keepWork"/>.</param>
    public static void Run(IReadOnlyList<string> templates, FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, IReadOnlyCollection<string> defaults,
        ToolCommand tool, string work, bool keepWork, BenchSettings settings, TextWriter output)
    {
        var table = new List<(string Name, string Target, string Measured)>();
        try
        {
            Directory.CreateDirectory(work);
            var data = Path.Combine(work, "data");
            if (Directory.Exists(data)) Directory.Delete(data, true);
            var files = new SampleGenerator(templates).Generate(settings.Count, data);
            // "All" is what `build` writes by default; every other format is timed on its own in this process.
            var all = writers.Where(w => defaults.Contains(w.Format)).ToList();
            var formatArg = string.Join(",", all.Select(w => w.Format));
            output.WriteLine($"样本：{files.Count} 份（{data}），CPU 核数 {Environment.ProcessorCount}，格式 {formatArg}，工具 {tool}（{ToolCommand.Compilation()}，{ToolCommand.Collector()}）");
            output.WriteLine($"时间均为墙钟；括号内为 CPU 时间（用户+系统）与当时的一分钟负载，负载高时墙钟不可信。");
            var speedAtStart = CoreSpeed.Describe(CoreSpeed.Probe());
            output.WriteLine("开始时" + speedAtStart);
            output.WriteLine();
            if (settings.ProfileOnly)
            {
                Profile(formats, all, files, work, output);
                return;
            }

            // 1. From process start: the tool as a clerk runs it.
            var fromStartRate = 0.0;
            if (!settings.InProcessOnly)
            {
                output.WriteLine("== 从进程启动算起（新的子进程） ==");
                var fromStart = Child(tool, ["build", data, "--out", Path.Combine(work, "child-out"), "--force", "--quiet", "--format", formatArg], work);
                fromStartRate = settings.Count / fromStart.WallSeconds;
                output.WriteLine($"批量 {settings.Count} 份：{fromStart.WallSeconds:F2} 秒，{fromStartRate:F1} 份/秒（CPU {fromStart.CpuSeconds:F2} 秒，{fromStart.CpuSeconds * 1000 / settings.Count:F2} 毫秒/份；负载 {fromStart.Load}），峰值内存 {fromStart.PeakMegabytes:F0} MB");
                table.Add(($"从启动算起，{settings.Count} 份（三种格式）", "≥ 200 份/秒", $"{fromStartRate:F1} 份/秒（CPU {fromStart.CpuSeconds * 1000 / settings.Count:F2} 毫秒/份）"));
                table.Add(($"峰值内存，{settings.Count} 份", "≤ 300 MB", $"{fromStart.PeakMegabytes:F0} MB"));

                var rerun = Child(tool, ["build", data, "--out", Path.Combine(work, "child-out"), "--quiet", "--format", formatArg], work);
                var skipMs = rerun.WallSeconds * 1000 / settings.Count;
                output.WriteLine($"未变重跑 {settings.Count} 份（全部跳过，含进程启动）：{rerun.WallSeconds:F2} 秒，{skipMs:F2} 毫秒/份（CPU {rerun.CpuSeconds:F2} 秒；负载 {rerun.Load}）");
                table.Add(("未变重跑（含启动）", "≤ 5 毫秒/份", $"{skipMs:F2} 毫秒/份"));

                var one = files[0];
                if (settings.ColdRuns > 0)
                {
                    var cold = Enumerable.Range(0, settings.ColdRuns)
                        .Select(i => Child(tool, ["build", one, "--out", Path.Combine(work, "cold-out-" + i), "--force", "--quiet", "--format", formatArg], work))
                        .OrderBy(r => r.WallSeconds).ToList();
                    var median = cold[cold.Count / 2];
                    output.WriteLine($"单份冷启动（build {Path.GetRelativePath(work, one)}，{cold.Count} 次）：最少 {cold[0].WallSeconds * 1000:F0} 毫秒，中位 {median.WallSeconds * 1000:F0} 毫秒（CPU 最少 {cold.Min(r => r.CpuSeconds) * 1000:F0} 毫秒；负载 {median.Load}），峰值内存 {cold.Max(r => r.PeakMegabytes):F0} MB");
                    table.Add(("单份冷启动（三种格式）", "≤ 1 秒", $"{cold[0].WallSeconds * 1000:F0} 毫秒（中位 {median.WallSeconds * 1000:F0}，CPU {cold.Min(r => r.CpuSeconds) * 1000:F0}）"));
                }

                if (settings.LinearityCount > 0)
                {
                    var big = Path.Combine(work, "data-" + settings.LinearityCount);
                    var bigFiles = new SampleGenerator(templates).Generate(settings.LinearityCount, big, seed: 7);
                    var run = Child(tool, ["build", big, "--out", Path.Combine(work, "child-out-big"), "--force", "--quiet", "--format", formatArg], work);
                    output.WriteLine($"批量 {bigFiles.Count} 份：{run.WallSeconds:F2} 秒，{bigFiles.Count / run.WallSeconds:F1} 份/秒（CPU {run.CpuSeconds:F2} 秒，{run.CpuSeconds * 1000 / bigFiles.Count:F2} 毫秒/份；负载 {run.Load}），峰值内存 {run.PeakMegabytes:F0} MB");
                    // The start-up is paid once per process: what each further report adds is the difference of the two runs.
                    var marginal = (run.CpuSeconds - fromStart.CpuSeconds) * 1000 / Math.Max(1, bigFiles.Count - settings.Count);
                    output.WriteLine($"  每多一份的 CPU（两次之差）：{marginal:F2} 毫秒；两次均摊的启动开销不同，故每份均值不同");
                    table.Add(($"线性：{bigFiles.Count} 份对 {settings.Count} 份", "每份成本不变，内存不随份数增长",
                        $"每份 CPU {run.CpuSeconds * 1000 / bigFiles.Count:F2} 对 {fromStart.CpuSeconds * 1000 / settings.Count:F2} 毫秒（每多一份 {marginal:F2}）；峰值 {run.PeakMegabytes:F0} 对 {fromStart.PeakMegabytes:F0} MB"));
                    // Not deleted here but with the work folder at the end: on ext4 without a journal (this project's build
                    // machines) every new file skips the inodes freed in the last half minute, reading each one's table block.
                    // Deleting this set just before the in-process passes made their files pay that scan (measured: the inode
                    // search rose from 1.8 % to 5.5 % of a batch's CPU). Users meet it only right after deleting thousands of
                    // files; the timed parts should not inherit it from the benchmark's own clean-up.
                }

                output.WriteLine();
            }

            // 2. Inside this process: the first pass pays for JIT and fonts, the second is the steady state.
            output.WriteLine("== 本进程内 ==");
            var first = InProcess(formats, all, files, Path.Combine(work, "warm"), force: true, output);
            Print("首轮（本进程已启动，含即时编译与字体加载）", first, output);
            var steady = InProcess(formats, all, files, Path.Combine(work, "out"), force: true, output);
            Print($"稳态，全部格式（{formatArg}）", steady, output);
            table.Add(("稳态（三种格式）", "≥ 300 份/秒", $"{steady.Rate:F1} 份/秒（CPU {steady.CpuMsPerReport:F2} 毫秒/份）"));
            if (settings.PagesCount > 0) PerPage(templates, formats, all, work, settings.PagesCount, table, output);
            foreach (var w in writers.Where(w => w.Format != "txt"))
            {
                var single = InProcess(formats, [w], files, Path.Combine(work, "out-" + w.Format), force: true, output);
                Print($"仅 {w.Format}", single, output);
                output.WriteLine($"  {w.Format} 文件平均 {AverageKilobytes(single.OutputRoot, w.Format):F1} KB/份");
            }
            var skip = InProcess(formats, all, files, Path.Combine(work, "out"), force: false, output);
            output.WriteLine($"未变跳过：{skip.Summary.Skipped} 份，平均 {skip.Summary.Items.Average(i => i.Milliseconds):F2} 毫秒/份（p95 {Percentile(skip.Summary.Items.Select(i => i.Milliseconds), 0.95):F2}；负载 {skip.Load}）");
            table.Add(("未变跳过（本进程内）", "≤ 5 毫秒/份", $"{skip.Summary.Items.Average(i => i.Milliseconds):F2} 毫秒/份"));
            output.WriteLine($"本进程峰值内存（工作集）：{Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
            output.WriteLine();

            Profile(formats, all, files, work, output);

            if (settings.LibreOfficeSample > 0 && fromStartRate > 0)
            {
                output.WriteLine("== LibreOffice（DOCX → PDF）对比 ==");
                if (LibreOffice.Compare(work, Path.Combine(work, "out"), settings.LibreOfficeSample, output) is { } lo)
                {
                    var oursMs = 1000.0 / fromStartRate;
                    table.Add(("LibreOffice 每份启动一次（仅 PDF）", "—", $"{lo.PerFileMs:F0} 毫秒/份，本工具三种格式从启动算起 {oursMs:F1} 毫秒/份，快 {lo.PerFileMs / oursMs:F0} 倍"));
                    table.Add(($"LibreOffice 一个进程转换 {lo.Converted} 份", "—", $"{lo.BatchMs:F0} 毫秒/份，快 {lo.BatchMs / oursMs:F0} 倍"));
                }
                output.WriteLine();
            }

            var speedAtEnd = CoreSpeed.Describe(CoreSpeed.Probe());
            output.WriteLine("== 汇总 ==");
            output.WriteLine($"日期 {DateTime.Now:yyyy-MM-dd}，{Environment.ProcessorCount} 核，{System.Runtime.InteropServices.RuntimeInformation.OSDescription}，.NET {Environment.Version}，结束时负载 {ChildRun.LoadAverage()}");
            output.WriteLine("开始时" + speedAtStart);
            output.WriteLine("结束时" + speedAtEnd);
            output.WriteLine("| 指标 | 目标 | 实测 |");
            output.WriteLine("|---|---|---|");
            foreach (var (name, target, measured) in table) output.WriteLine($"| {name} | {target} | {measured} |");
        }
        finally
        {
            if (!keepWork && Directory.Exists(work)) Directory.Delete(work, true);
        }
    }

    private static void Profile(FormatCatalog formats, IReadOnlyList<IDocumentWriter> all, IReadOnlyList<string> files, string work, TextWriter output)
    {
        output.WriteLine($"== 单份时间去向（单线程，预热后，每个阶段的中位数；负载 {ChildRun.LoadAverage()}） ==");
        PhaseProfile.Run(formats, all, files.Take(Math.Min(200, files.Count)).ToList(), Path.Combine(work, "phases"), output);
        output.WriteLine();
    }

    /// <summary>
    /// Cost per page: a short and a long set of the same reports (narrative once and eight times), in this
    /// process after the steady-state pass, so start-up and JIT do not hide what pages cost.
    /// </summary>
    private static void PerPage(IReadOnlyList<string> templates, FormatCatalog formats, IReadOnlyList<IDocumentWriter> all, string work, int count,
        List<(string Name, string Target, string Measured)> table, TextWriter output)
    {
        var pipeline = new ReportPipeline(formats, all);
        var pdf = all.OfType<PdfWriter>().FirstOrDefault();
        var sets = new List<(double Pages, double CpuMs)>();
        foreach (var (label, repeats) in new[] { ("短", 1), ("长", 8) })
        {
            var set = Path.Combine(work, "data-pages-" + repeats);
            var setFiles = new SampleGenerator(templates).Generate(count, set, seed: 11, narrativeRepeats: repeats);
            var pages = setFiles.Take(20).Select(f => pipeline.Compose(f).Document is { } d && pdf is not null ? pdf.Layout(d).Pages.Count : 0).Average();
            var run = InProcess(formats, all, setFiles, Path.Combine(work, "out-pages-" + repeats), force: true, output);
            sets.Add((pages, run.CpuMsPerReport));
            output.WriteLine($"{label}报告 {setFiles.Count} 份（平均 {pages:F1} 页）：{run.Rate:F1} 份/秒（CPU {run.CpuMsPerReport:F2} 毫秒/份，{run.CpuMsPerReport / Math.Max(1, pages):F2} 毫秒/页；负载 {run.Load}）");
            // Deleted with the work folder at the end, like the linearity set (freed inodes slow the next timed files).
        }
        var perPage = (sets[1].CpuMs - sets[0].CpuMs) / Math.Max(0.1, sets[1].Pages - sets[0].Pages);
        var fixedMs = sets[0].CpuMs - perPage * sets[0].Pages;
        output.WriteLine($"  每多一页 {perPage:F2} 毫秒 CPU，每份固定 {fixedMs:F2} 毫秒（两点连线）");
        table.Add(($"线性：{sets[0].Pages:F0} 页对 {sets[1].Pages:F0} 页（稳态）", "每页成本相同",
            $"每份 CPU {sets[0].CpuMs:F2} 对 {sets[1].CpuMs:F2} 毫秒 = 固定 {fixedMs:F2} + 每页 {perPage:F2}"));
    }

    private sealed record Measured(ChildRun Run, string Load)
    {
        public double WallSeconds => Run.WallSeconds;
        public double CpuSeconds => Run.CpuSeconds;
        public double PeakMegabytes => Run.PeakMegabytes;
    }

    private static Measured Child(ToolCommand tool, string[] arguments, string work)
    {
        var load = ChildRun.LoadAverage();
        var run = ChildRun.Start(tool, arguments, work);
        if (run.ExitCode != 0) throw new InvalidOperationException($"子进程失败（退出码 {run.ExitCode}）：{tool} {string.Join(" ", arguments)}\n{run.Output}");
        return new Measured(run, load);
    }

    private sealed record BenchRun(BatchSummary Summary, string OutputRoot, double CpuSeconds, string Load)
    {
        public double Rate => Summary.ReportsPerSecond;
        public double CpuMsPerReport => CpuSeconds * 1000 / Math.Max(1, Summary.Items.Count);
    }

    private static BenchRun InProcess(FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, IReadOnlyList<string> files, string outputRoot, bool force, TextWriter output)
    {
        GC.Collect();
        var load = ChildRun.LoadAverage();
        var cpu = ChildRun.OwnCpuSeconds();
        var summary = new BatchRunner(new ReportPipeline(formats, writers)).Run(files, new BatchOptions(outputRoot, force));
        cpu = ChildRun.OwnCpuSeconds() - cpu;
        if (summary.Failed > 0)
            output.WriteLine($"  注意：{summary.Failed} 份失败，例如 {summary.Items.First(i => i.Outcome == ReportOutcome.Failed).FirstError}");
        return new BenchRun(summary, outputRoot, cpu, load);
    }

    private static void Print(string label, BenchRun run, TextWriter output)
    {
        var ms = run.Summary.Items.Where(i => i.Outcome == ReportOutcome.Rendered).Select(i => i.Milliseconds).ToList();
        output.WriteLine($"{label}：{run.Summary.Rendered} 份，{run.Summary.Elapsed.TotalSeconds:F2} 秒，{run.Rate:F1} 份/秒（CPU {run.CpuMsPerReport:F2} 毫秒/份；负载 {run.Load}）；单份 p50 {Percentile(ms, 0.5):F1} 毫秒，p95 {Percentile(ms, 0.95):F1} 毫秒");
    }

    private static double AverageKilobytes(string root, string format)
    {
        var files = Directory.GetFiles(root, "*." + format, SearchOption.AllDirectories);
        return files.Length == 0 ? 0 : files.Average(f => new FileInfo(f).Length) / 1024.0;
    }

    internal static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
    }

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
