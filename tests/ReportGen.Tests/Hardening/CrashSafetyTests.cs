using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Building;
using ReportGen.Files;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// A batch killed at any moment leaves only complete outputs (or none), and the next run repairs the
/// rest; stamps then make the following run skip everything.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Reports = 40;
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string[] Build(bool force = false) =>
        new[] { "build", "data", "--out", "out", "--format", "docx,html", "--jobs", "3", "--templates", Repo.Templates }.Concat(force ? new[] { "--force" } : Array.Empty<string>()).ToArray();

    [Fact]
    public void A_batch_killed_mid_run_leaves_complete_outputs_and_the_next_run_repairs_the_rest()
    {
        // A heavier body than the minimal report, so a kill often lands while a writer is busy. Each report also
        // prints a run of warnings (acknowledgements that match nothing), so the reports after the k-th print more
        // than a pipe holds.
        var body = string.Concat(Enumerable.Range(0, 150).Select(i => $"      - 第{i}段：2018年，全区主动公开政府信息100条，其中通过政府网站公开80条。\n"));
        var acknowledgements = "\nacknowledge:\n" + string.Concat(Enumerable.Repeat("  - { rule: R17, reason: 压力测试 }\n", WarningsPerReport));
        for (var i = 0; i < Reports; i++)
            _ws.Write($"zone{i:00}", 2018, Yaml.MinimalPre2019.Replace("id: testzone", $"id: zone{i:00}").Replace("测试区", $"测试{i}区")
                .Replace("      - 2018年，全区主动公开政府信息100条。\n", body) + acknowledgements);

        var rng = new Random(9);
        for (var round = 0; round < 5; round++)
        {
            // Kill after the k-th finished report, while the two other workers are somewhere inside theirs;
            // --force makes every round rewrite outputs a previous round left, so "the old good file stays" is tested too.
            // Once this test stops reading, the output of the reports still to come (at least MinRemaining of them) fills
            // the pipe and the next progress line blocks every worker: the batch can never end by itself, so every kill
            // lands inside it (no sleeping, no race). Until then the test reads as fast as the batch writes, so the workers
            // run freely and the kill meets them mid-report. (A named pipe as a data file held the batch before; the Files
            // layer now refuses to read one.)
            var k = rng.Next(1, Reports - MinRemaining + 1);
            using var process = Process.Start(CliProcess.StartInfo(_ws.Root, null, Build(force: true)))!;
            _ = process.StandardError.ReadToEndAsync();
            var finished = 0;
            string? line;
            while (finished < k && (line = process.StandardOutput.ReadLine()) is not null)
                if (line.StartsWith("完成", StringComparison.Ordinal)) finished++;
            Assert.Equal(k, finished);
            Assert.False(process.HasExited, "the batch ended although its output can no longer be written");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            var present = AssertOnlyCompleteOutputs();
            var temps = Directory.Exists(_ws.Out) ? Directory.GetFiles(_ws.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories).Length : 0;
            output.WriteLine($"round {round}: killed after report {k} of this run, {present} complete outputs, {temps} temp files left");
        }

        var repair = CliProcess.Run(_ws.Root, Build());
        Assert.True(repair.ExitCode == 0, repair.Output);
        Assert.Equal(Reports * 2, AssertOnlyCompleteOutputs());
        Assert.Empty(Directory.GetFiles(_ws.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));

        var again = CliProcess.Run(_ws.Root, Build());
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains($"生成 0，未变跳过 {Reports}", again.Output);
    }

    /// <summary>At least 250 bytes of output each (headline, source line, caret and advice): 6 KB per report.</summary>
    private const int WarningsPerReport = 24;

    /// <summary>16 reports × 6 KB outrun a 64 KB pipe and whatever the test's reader has buffered.</summary>
    private const int MinRemaining = 16;

    /// <summary>Every file named like an output is a complete one; anything else is a stamp or a temp file, never read as output.</summary>
    private int AssertOnlyCompleteOutputs()
    {
        if (!Directory.Exists(_ws.Out)) return 0;
        var complete = 0;
        foreach (var file in Directory.GetFiles(_ws.Out, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal) || name.EndsWith(".stamp", StringComparison.Ordinal))
            {
                Assert.StartsWith(".", name);
                continue;
            }
            if (name.EndsWith(".docx", StringComparison.Ordinal))
            {
                using var doc = WordprocessingDocument.Open(file, false);
                Assert.NotNull(doc.MainDocumentPart?.Document.Body);
            }
            else if (name.EndsWith(".html", StringComparison.Ordinal))
                Assert.EndsWith("</html>", File.ReadAllText(file).TrimEnd());
            else
                Assert.Fail("unexpected file in out/: " + file);
            complete++;
        }
        return complete;
    }
}
