using System.Diagnostics;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Formats;
using ReportGen.Tooling.Sampling;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>
/// <c>reportgen bench</c>: the batch figures that matter — complete reports per second (all formats
/// and per format), ms per report p50/p95, peak memory, the cost of skipping an unchanged report, and
/// the same reports through the route users have today (DOCX → PDF with LibreOffice) as a ratio.
/// Figures are printed, never asserted: a benchmark, not a timed test.
/// </summary>
public static class BatchBenchmark
{
    /// <param name="templates">Valid data files to vary into samples (<see cref="SampleTemplates"/>).</param>
    /// <param name="work">Where samples and outputs go; deleted afterwards unless <paramref name="keepWork"/>.</param>
    /// <param name="defaults">The formats <c>build</c> writes by default: timed together; every writer is also timed on its own.</param>
    public static void Run(IReadOnlyList<string> templates, FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, IReadOnlyCollection<string> defaults,
        string work, bool keepWork, int n, int libreOfficeSample, TextWriter output)
    {
        try
        {
            var data = Path.Combine(work, "data");
            if (Directory.Exists(data)) Directory.Delete(data, true);
            var files = new SampleGenerator(templates).Generate(n, data);
            output.WriteLine($"样本：{files.Count} 份（{Path.GetRelativePath(Directory.GetCurrentDirectory(), data)}），CPU 核数 {Environment.ProcessorCount}");

            // "All" is what `build` writes by default; every other format is timed on its own below.
            var all = writers.Where(w => defaults.Contains(w.Format)).ToList();
            // The first run pays for JIT and font loading, as the first batch of any process does.
            var cold = Run(formats, all, files, Path.Combine(work, "warm"), force: true, output);
            Print("首轮（含启动与即时编译）", cold, output);

            var full = Run(formats, all, files, Path.Combine(work, "out"), force: true, output);
            Print($"默认格式（{string.Join("+", all.Select(w => w.Format))}）", full, output);
            foreach (var w in writers.Where(w => w.Format != "txt"))
            {
                var single = Run(formats, new[] { w }, files, Path.Combine(work, "out-" + w.Format), force: true, output);
                Print($"仅 {w.Format}", single, output);
                output.WriteLine($"  {w.Format} 文件平均 {AverageKilobytes(single.OutputRoot, w.Format):F1} KB/份");
            }

            var skip = Run(formats, all, files, Path.Combine(work, "out"), force: false, output);
            output.WriteLine($"未变跳过：{skip.Summary.Skipped} 份，平均 {skip.Summary.Items.Average(i => i.Milliseconds):F2} 毫秒/份（p95 {Percentile(skip.Summary.Items.Select(i => i.Milliseconds), 0.95):F2}）");
            output.WriteLine($"峰值内存（进程工作集）：{Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");

            if (libreOfficeSample > 0) CompareWithLibreOffice(work, full, libreOfficeSample, output);
        }
        finally
        {
            if (!keepWork && Directory.Exists(work)) Directory.Delete(work, true);
        }
    }

    private sealed record BenchRun(BatchSummary Summary, string OutputRoot);

    private static BenchRun Run(FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, IReadOnlyList<string> files, string outputRoot, bool force, TextWriter output)
    {
        GC.Collect();
        var summary = new BatchRunner(new ReportPipeline(formats, writers)).Run(files, new BatchOptions(outputRoot, force));
        if (summary.Failed > 0)
            output.WriteLine($"  注意：{summary.Failed} 份失败，例如 {summary.Items.First(i => i.Outcome == ReportOutcome.Failed).FirstError}");
        return new BenchRun(summary, outputRoot);
    }

    private static void Print(string label, BenchRun run, TextWriter output)
    {
        var ms = run.Summary.Items.Where(i => i.Outcome == ReportOutcome.Rendered).Select(i => i.Milliseconds).ToList();
        output.WriteLine($"{label}：{run.Summary.Rendered} 份，{run.Summary.Elapsed.TotalSeconds:F2} 秒，{run.Summary.ReportsPerSecond:F1} 份/秒；单份 p50 {Percentile(ms, 0.5):F1} 毫秒，p95 {Percentile(ms, 0.95):F1} 毫秒");
    }

    private static double AverageKilobytes(string root, string format)
    {
        var files = Directory.GetFiles(root, "*." + format, SearchOption.AllDirectories);
        return files.Length == 0 ? 0 : files.Average(f => new FileInfo(f).Length) / 1024.0;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>The route offices use today: our DOCX converted by LibreOffice headless, one process for the whole sample (its best case).</summary>
    private static void CompareWithLibreOffice(string work, BenchRun ours, int sample, TextWriter output)
    {
        var soffice = new[] { "soffice", "libreoffice" }.FirstOrDefault(OnPath);
        if (soffice is null)
        {
            output.WriteLine("LibreOffice 未安装（apt-get install libreoffice-writer-nogui），跳过对比");
            return;
        }
        // Outputs are <agency>/<year>.docx: copy them to unique names, or LibreOffice would overwrite its own results.
        var input = Path.Combine(work, "libreoffice-in");
        var target = Path.Combine(work, "libreoffice");
        Directory.CreateDirectory(input);
        Directory.CreateDirectory(target);
        var docx = Directory.GetFiles(ours.OutputRoot, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(sample)
            .Select(f =>
            {
                var copy = Path.Combine(input, $"{Path.GetFileName(Path.GetDirectoryName(f))}-{Path.GetFileName(f)}");
                File.Copy(f, copy, overwrite: true);
                return copy;
            }).ToList();
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(work, "lo-profile")}", "--convert-to", "pdf", "--outdir", target })
            psi.ArgumentList.Add(a);
        foreach (var f in docx) psi.ArgumentList.Add(f);
        var clock = Stopwatch.StartNew();
        using (var p = Process.Start(psi)!)
        {
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
        }
        clock.Stop();
        var converted = Directory.GetFiles(target, "*.pdf").Length;
        if (converted == 0) { output.WriteLine("LibreOffice 没有转换出任何 PDF，跳过对比"); return; }
        var batchPerReport = clock.Elapsed.TotalMilliseconds / converted;

        // What an office does today: one conversion per report (soffice started for each file).
        var perFile = docx.Take(Math.Min(5, docx.Count)).ToList();
        var single = Path.Combine(work, "libreoffice-single");
        Directory.CreateDirectory(single);
        clock.Restart();
        foreach (var f in perFile)
        {
            var one = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(work, "lo-profile")}", "--convert-to", "pdf", "--outdir", single, f })
                one.ArgumentList.Add(a);
            using var p = Process.Start(one)!;
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
        }
        var singlePerReport = clock.Elapsed.TotalMilliseconds / perFile.Count;

        var oursPerReport = ours.Summary.Elapsed.TotalMilliseconds / Math.Max(1, ours.Summary.Rendered);
        output.WriteLine($"LibreOffice 路线，每份启动一次（{perFile.Count} 份）：{singlePerReport:F0} 毫秒/份");
        output.WriteLine($"LibreOffice 路线，一个进程转换全部（{converted} 份，其最佳情况）：{batchPerReport:F0} 毫秒/份");
        output.WriteLine($"本工具（DOCX+PDF+HTML 三种格式）：{oursPerReport:F2} 毫秒/份 —— 比逐份转换快 {singlePerReport / oursPerReport:F0} 倍，比单进程批量转换快 {batchPerReport / oursPerReport:F0} 倍");
    }

    private static bool OnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
