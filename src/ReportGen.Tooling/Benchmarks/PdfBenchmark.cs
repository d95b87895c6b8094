using System.Collections.Immutable;
using System.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Tooling.Documents;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>Figures from <see cref="PdfBenchmark.Run"/>.</summary>
/// <param name="UncachedMedianMs">Median when every document has a different character set (subsets built each time).</param>
/// <param name="LayoutMedianMs">Median of the layout phase alone (frames, no PDF).</param>
public sealed record PdfBenchmarkResult(int Pages, int Bytes, double FirstMs, double MedianMs, double MinMs, int Iterations, double UncachedMedianMs, double LayoutMedianMs);

/// <summary>
/// Not a test: times the PDF writer on a five-page report, single-threaded, after warm-up (the
/// first document pays for subsetting; later ones hit the subset cache, as a batch does).
/// </summary>
public static class PdfBenchmark
{
    public static PdfBenchmarkResult Run(int iterations = 200, FontOptions? fonts = null)
    {
        var writer = new PdfWriter(fonts ?? new FontOptions { UseInstalledFonts = false });
        var document = FivePageReport();
        var sw = Stopwatch.StartNew();
        var first = Render(writer, document);
        var firstMs = sw.Elapsed.TotalMilliseconds;
        for (var i = 0; i < 20; i++) Render(writer, document);
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            sw.Restart();
            Render(writer, document);
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var pages = writer.Layout(document).Pages.Count;

        // A batch of different reports: each document adds one character the others lack.
        const string extra = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北风雨雷电山川河海松柏梅兰竹菊";
        var uncached = new double[Math.Min(extra.Length, iterations)];
        for (var i = 0; i < uncached.Length; i++)
        {
            var variant = document with { Blocks = document.Blocks.Add(new Paragraph(SampleDocuments.T("附" + extra[i]))) };
            sw.Restart();
            Render(writer, variant);
            uncached[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(uncached);
        var layout = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            sw.Restart();
            writer.Layout(document);
            layout[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(layout);
        return new PdfBenchmarkResult(pages, first.Length, firstMs, times[iterations / 2], times[0], iterations, uncached[uncached.Length / 2], layout[iterations / 2]);
    }

    private static byte[] Render(PdfWriter writer, ReportDocument document)
    {
        using var ms = new MemoryStream(256 * 1024);
        writer.Write(document, ms);
        return ms.ToArray();
    }

    /// <summary>The sample report plus running text and a longer table: five pages, like a typical annual report.</summary>
    public static ReportDocument FivePageReport()
    {
        var small = SampleDocuments.Small();
        var blocks = small.Blocks.ToList();
        var insertAt = blocks.FindIndex(b => b is SignatureBlock);
        var extra = new List<Block>
        {
            new Heading(1, SampleDocuments.T("三、政府信息公开行政复议、行政诉讼情况")),
        };
        string[] texts =
        [
            "本年度共收到政府信息公开申请16件，按《条例》规定时限已全部办结，办结率为100%。其中，网络申请1件，占6%；信函申请15件，占94%。在政府信息公开申请答复中，已主动公开的12件，占75%；同意公开的2件，占12%；申请信息不存在的2件，占13%。",
            "报告电子版可在门户网站（http://www.example.gov.cn/）浏览并下载。如对本报告有疑问，请联系政务公开领导小组办公室，电话：0433—5759006；传真：0433—5759008；邮编：133613。",
            "全区全年共举办新闻发布会14次（其中各部门主要负责同志参加新闻发布会14次），政府网站在线访谈36次，政策解读稿件发布61篇，微博微信回应事件数40次，其他方式回应事件数123次。",
        ];
        for (var i = 0; i < 5; i++) extra.Add(new Paragraph(SampleDocuments.T(texts[i % texts.Length])));
        extra.Add(new Heading(1, SampleDocuments.T("四、存在的主要问题及改进情况")));
        var rows = Enumerable.Range(1, 12).Select(i => new TableRow(ImmutableArray.Create(
            SampleDocuments.C($"（{i}）第{i}类办理结果"), SampleDocuments.C((i * 7).ToString()), SampleDocuments.C((i % 3).ToString()), SampleDocuments.C((i * 7 + i % 3).ToString())))).ToImmutableArray();
        var first = (Table)small.Blocks.First(b => b is Table);
        extra.Add(first with { BodyRows = first.BodyRows.AddRange(rows) });
        for (var i = 0; i < 2; i++) extra.Add(new Paragraph(SampleDocuments.T(texts[(i + 1) % texts.Length])));
        blocks.InsertRange(insertAt, extra);
        return small with { Blocks = [.. blocks] };
    }
}
