using ReportGen.Documents.Writers.Pdf;

// Usage: dotnet run -c Release --project bench/ReportGen.Bench [iterations] [out.pdf]
var iterations = args.Length > 0 ? int.Parse(args[0]) : 200;
var r = PdfBenchmark.Run(iterations);
Console.WriteLine($"pdf: {r.Pages} pages, {r.Bytes / 1024.0:F1} KB, first {r.FirstMs:F1} ms, median {r.MedianMs:F2} ms, min {r.MinMs:F2} ms ({r.Iterations} runs, single thread); new character set each time: median {r.UncachedMedianMs:F1} ms");
if (args.Length > 1)
{
    using var f = File.Create(args[1]);
    new PdfWriter(new ReportGen.Documents.Fonts.FontOptions { UseInstalledFonts = false }).Write(PdfBenchmark.FivePageReport(), f);
}
