using System.Diagnostics;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>The route offices use today: our DOCX converted to PDF by LibreOffice headless, per file and in one process.</summary>
internal static class LibreOffice
{
    public sealed record Figures(double PerFileMs, double BatchMs, int Converted);

    public static Figures? Compare(string work, string outputRoot, int sample, TextWriter output)
    {
        var soffice = new[] { "soffice", "libreoffice" }.FirstOrDefault(OnPath);
        if (soffice is null)
        {
            output.WriteLine("LibreOffice 未安装（apt-get install libreoffice-writer-nogui），跳过对比");
            return null;
        }
        // Outputs are <agency>/<year>.docx: copy them to unique names, or LibreOffice would overwrite its own results.
        var input = Path.Combine(work, "libreoffice-in");
        var target = Path.Combine(work, "libreoffice");
        Directory.CreateDirectory(input);
        Directory.CreateDirectory(target);
        var docx = Directory.GetFiles(outputRoot, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(sample)
            .Select(f =>
            {
                var copy = Path.Combine(input, $"{Path.GetFileName(Path.GetDirectoryName(f))}-{Path.GetFileName(f)}");
                File.Copy(f, copy, overwrite: true);
                return copy;
            }).ToList();
        var profile = $"-env:UserInstallation=file://{Path.Combine(work, "lo-profile")}";
        // The first start creates the profile; neither route should pay for that.
        Convert(soffice, profile, Path.Combine(work, "libreoffice-warm"), docx.Take(1));

        var load = ChildRun.LoadAverage();
        var clock = Stopwatch.StartNew();
        Convert(soffice, profile, target, docx);
        clock.Stop();
        var converted = Directory.GetFiles(target, "*.pdf").Length;
        if (converted == 0) { output.WriteLine("LibreOffice 没有转换出任何 PDF，跳过对比"); return null; }
        var batchMs = clock.Elapsed.TotalMilliseconds / converted;

        // What an office does today: one conversion per report (soffice started for each file).
        var perFile = docx.Take(Math.Min(5, docx.Count)).ToList();
        var single = Path.Combine(work, "libreoffice-single");
        clock.Restart();
        foreach (var f in perFile) Convert(soffice, profile, single, [f]);
        var perFileMs = clock.Elapsed.TotalMilliseconds / perFile.Count;
        output.WriteLine($"每份启动一次（{perFile.Count} 份）：{perFileMs:F0} 毫秒/份（负载 {load}）");
        output.WriteLine($"一个进程转换全部（{converted} 份，其最佳情况）：{batchMs:F0} 毫秒/份");
        return new Figures(perFileMs, batchMs, converted);
    }

    private static void Convert(string soffice, string profile, string outdir, IEnumerable<string> files)
    {
        Directory.CreateDirectory(outdir);
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--norestore", profile, "--convert-to", "pdf", "--outdir", outdir }) psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        _ = err.Result;
    }

    private static bool OnPath(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
