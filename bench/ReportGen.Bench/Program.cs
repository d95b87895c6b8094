using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;
using ReportGen.Documents.Writers.Ofd;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Tooling.Benchmarks;

// Usage: dotnet run -c Release --project bench/ReportGen.Bench [iterations] [out.pdf] [body-font-file[#face]]
var iterations = args.Length > 0 ? int.Parse(args[0]) : 200;
var fonts = new FontOptions { UseInstalledFonts = false };
if (args.Length > 2)
{
    var spec = args[2].Split('#');
    var source = new FontSource(spec[0], spec.Length > 1 ? int.Parse(spec[1]) : 0);
    fonts = fonts with { Configured = new Dictionary<TextRole, FontSource> { [TextRole.Body] = source, [TextRole.Title] = source, [TextRole.Table] = source } };
}
var r = PdfBenchmark.Run(iterations, fonts);
Console.WriteLine($"pdf: {r.Pages} pages, {r.Bytes / 1024.0:F1} KB, first {r.FirstMs:F1} ms, median {r.MedianMs:F2} ms, min {r.MinMs:F2} ms ({r.Iterations} runs, single thread); new character set each time: median {r.UncachedMedianMs:F1} ms; layout alone: median {r.LayoutMedianMs:F2} ms");
// OFD beside PDF: the same five-page report and fonts, the same frames serialised as OFD.
var ofd = OfdBench.Run(iterations, fonts);
Console.WriteLine($"ofd: {ofd.Pages} pages, {ofd.Bytes / 1024.0:F1} KB, first {ofd.FirstMs:F1} ms, median {ofd.MedianMs:F2} ms, min {ofd.MinMs:F2} ms ({iterations} runs, single thread); new character set each time: median {ofd.UncachedMedianMs:F1} ms");
if (args.Length > 1)
{
    using var f = File.Create(args[1]);
    new PdfWriter(fonts).Write(PdfBenchmark.FivePageReport(), f);
}

/// <summary>Times the OFD writer the way <see cref="PdfBenchmark"/> times the PDF writer (layout included in both).</summary>
internal static class OfdBench
{
    public static PdfBenchmarkResult Run(int iterations, FontOptions fonts)
    {
        var writer = new OfdWriter(fonts);
        var document = PdfBenchmark.FivePageReport();
        var sw = System.Diagnostics.Stopwatch.StartNew();
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
        // A batch of different reports: each adds one character the others lack (a new subset each time).
        // Characters neither the report nor the PDF benchmark's variants use, so no subset is already cached.
        var used = ReportGen.Documents.Document.DocumentDumper.Dump(document) + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北风雨雷电山川河海松柏梅兰竹菊附";
        var extra = "乾坤震巽坎离艮兑鼠牛虎兔龙蛇马羊猴鸡狗猪琴棋书画诗酒花茶笔墨纸砚".Where(c => !used.Contains(c)).ToArray();
        var uncached = new double[Math.Min(extra.Length, iterations)];
        for (var i = 0; i < uncached.Length; i++)
        {
            var variant = document with { Blocks = document.Blocks.Add(new ReportGen.Documents.Document.Paragraph(ReportGen.Tooling.Documents.SampleDocuments.T("附" + extra[i]))) };
            sw.Restart();
            Render(writer, variant);
            uncached[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(uncached);
        return new PdfBenchmarkResult(writer.Layout(document).Pages.Count, first.Length, firstMs, times[iterations / 2], times[0], iterations, uncached[uncached.Length / 2], 0);
    }

    private static byte[] Render(OfdWriter writer, ReportGen.Documents.Document.ReportDocument document)
    {
        using var ms = new MemoryStream(256 * 1024);
        writer.Write(document, ms);
        return ms.ToArray();
    }
}
