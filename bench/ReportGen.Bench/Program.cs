using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;
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
if (args.Length > 1)
{
    using var f = File.Create(args[1]);
    new PdfWriter(fonts).Write(PdfBenchmark.FivePageReport(), f);
}
