using System.Diagnostics;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Loading;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// Inputs built to exhaust the machine are refused with a Chinese message without ever holding their
/// expansion (or their bytes) in memory. What is asserted is the memory the reading thread allocates, which
/// does not depend on how busy the machine is; the times are printed for the README, never asserted.
/// </summary>
[Collection(TimingCollection.Name)]
public class ResourceLimitTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    public static TheoryData<string> Bombs => new() { "billion-laughs", "50MB", "flow-100k-deep", "map-100k-deep", "block-100k-deep", "1M-item-list", "100k-key-map" };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Hostile_inputs_are_refused_quickly_with_a_chinese_message(string kind)
    {
        var file = _ws.Write("testzone", 2018, "");
        WriteBomb(file, kind);
        Models.Read(TempWorkspace.Formats, _ws.Write("warmup", 2018, Yaml.MinimalPre2019.Replace("testzone", "warmup")), new DiagnosticBag());

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var model = Models.Read(TempWorkspace.Formats, file, diagnostics);
        clock.Stop();
        var delta = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var size = new FileInfo(file).Length;
        var error = Assert.Single(diagnostics.Items);
        output.WriteLine($"{kind}: {size:N0} bytes, refused in {clock.Elapsed.TotalMilliseconds:F0} ms, allocated {delta / 1024.0 / 1024.0:F1} MB: {error}");
        Assert.Null(model);
        Assert.True(error.IsError);
        Assert.Contains(error.Message, m => m is >= '\u4E00' and <= '\u9FFF');
        Assert.True(error.Span is { Line: >= 1 }, error.ToString());
        // Never more than a few times the (at most 4 MB) file: no expansion, no 50 MB buffer.
        Assert.True(delta < 64L * 1024 * 1024, $"{kind} allocated {delta:N0} bytes");
        // The oversized file is judged by its length, never read.
        if (kind == "50MB") Assert.True(delta < 1024 * 1024, $"{kind} allocated {delta:N0} bytes: was it read?");
    }

    [Fact]
    public void A_valid_report_just_under_the_limits_still_builds()
    {
        // The largest legitimate input: thousands of long paragraphs (a section's body may have up to LoopLimit = 10,000 items).
        var paragraphs = string.Concat(Enumerable.Range(0, 9_000).Select(i => $"      - 第{i}段：{string.Concat(Enumerable.Repeat("本段为压力测试文字，用于确认接近上限的合法报告仍可在有限时间内生成。", 3))}\n"));
        var yaml = Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。\n", paragraphs);
        var file = _ws.Write("testzone", 2018, yaml);
        var clock = Stopwatch.StartNew();
        var result = TempWorkspace.Pipeline(new DocxWriter(), new HtmlWriter()).Build(file, _ws.Out);
        clock.Stop();
        output.WriteLine($"{new FileInfo(file).Length:N0} bytes, 9000 paragraphs: built in {clock.Elapsed.TotalSeconds:F1} s, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_list_longer_than_templates_can_loop_is_refused_at_the_list_not_in_the_template()
    {
        // Found by the near-limit test: 20,000 paragraphs loaded, then failed on the template's loop limit.
        var paragraphs = string.Concat(Enumerable.Range(0, 10_001).Select(i => $"      - 第{i}段。\n"));
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。\n", paragraphs));
        var error = Assert.Single(TempWorkspace.Check(file), d => d.IsError);
        Assert.Equal(file, error.Span!.File);
        Assert.Equal(15, error.Span.Line);
        Assert.Contains("列表过长", error.Message);
    }

    private static void WriteBomb(string file, string kind)
    {
        switch (kind)
        {
            case "billion-laughs":
                var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                for (var c = 'b'; c <= 'i'; c++)
                    sb.Append($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + (char)(c - 1), 9))}]\n");
                File.WriteAllText(file, sb.ToString());
                break;
            case "50MB":
                using (var stream = File.Create(file))
                {
                    var line = Encoding.UTF8.GetBytes("      - 很长的文件很长的文件很长的文件很长的文件很长的文件很长的文件\n");
                    while (stream.Length < 50L * 1024 * 1024) stream.Write(line);
                }
                break;
            case "flow-100k-deep":
                File.WriteAllText(file, "sections: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
                break;
            case "map-100k-deep":
                File.WriteAllText(file, "sections: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n");
                break;
            case "block-100k-deep":
                File.WriteAllText(file, "sections:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n");
                break;
            case "100k-key-map":
                File.WriteAllText(file, "statistics: {" + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"k{i}: 1")) + "}\n");
                break;
            case "1M-item-list":
                File.WriteAllText(file, "preamble: [" + string.Join(",", Enumerable.Repeat("1", 1_000_000)) + "]\n");
                break;
        }
    }
}
