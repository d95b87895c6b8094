using System.Diagnostics;
using System.Text;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Formats;
using ReportGen.Importing;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Tooling.Sampling;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>
/// <c>reportgen bench --import</c>: sample reports are built, published as HTML, DOCX, PDF and plain
/// text (what copying the page gives: paragraphs, tables as tab-separated rows), and imported again, one
/// at a time: milliseconds per imported report per source kind (after a warm-up), and on the same
/// sample how many imports build to the same document. Figures are printed, never asserted.
/// </summary>
public static class ImportBenchmark
{
    /// <param name="writers">The writers whose output is imported (html, docx, pdf).</param>
    public static void Run(IReadOnlyList<string> templates, FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers,
        string work, bool keepWork, int count, TextWriter output)
    {
        try
        {
            Measure(templates, formats, writers, work, count, output);
        }
        finally
        {
            if (!keepWork && Directory.Exists(work)) Directory.Delete(work, true);
        }
    }

    private static void Measure(IReadOnlyList<string> templates, FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers,
        string work, int count, TextWriter output)
    {
        var data = Path.Combine(work, "data");
        if (Directory.Exists(data)) Directory.Delete(data, true);
        var files = new SampleGenerator(templates).Generate(count, data);
        var pipeline = new ReportPipeline(formats, Array.Empty<IDocumentWriter>());
        var published = new List<(string Kind, string Name, byte[] Bytes, string Dump, string Agency)>();
        foreach (var file in files)
        {
            var (document, model, _) = pipeline.Compose(file);
            if (document is null || model is null) continue;
            var dump = DocumentDumper.Dump(document);
            foreach (var w in writers)
            {
                using var stream = new MemoryStream();
                w.Write(document, stream);
                published.Add((w.Format, $"{model.Year}.{w.Format}", stream.ToArray(), dump, model.Agency.Id));
            }
            published.Add(("txt", $"{model.Year}.txt", Encoding.UTF8.GetBytes(PlainText(document)), dump, model.Agency.Id));
        }
        output.WriteLine($"导入样本：{files.Count} 份报告 × {writers.Count + 1} 种来源（{string.Join("、", writers.Select(w => w.Format).Append("txt"))}），单线程，CPU 核数 {Environment.ProcessorCount}");

        var importer = new Importer(formats);
        var renderer = new ReportRenderer(formats);
        var root = Path.Combine(work, "imported");
        foreach (var kind in published.GroupBy(p => p.Kind))
        {
            // Warm-up: JIT and the first use of each reader are not what a batch of imports costs.
            foreach (var p in kind.Take(3)) importer.ImportBytes(p.Name, p.Bytes, new ImportOptions(p.Agency, null, null, root));
            var times = new List<double>();
            int same = 0, written = 0;
            long bytes = 0;
            string? firstDifference = null;
            foreach (var p in kind)
            {
                var clock = Stopwatch.GetTimestamp();
                var outcome = importer.ImportBytes(p.Name, p.Bytes, new ImportOptions(p.Agency, null, null, root));
                times.Add(Stopwatch.GetElapsedTime(clock).TotalMilliseconds);
                bytes += p.Bytes.Length;
                if (outcome.Yaml is null) continue;
                written++;
                var bag = new DiagnosticBag();
                var model = ModelBuilder.Build(pipeline.Loader.LoadText(outcome.Target!, outcome.Yaml)).Model;
                var document = model is null ? null : renderer.Render(model, bag);
                var dump = document is null ? "" : DocumentDumper.Dump(document);
                if (dump == p.Dump) same++;
                else firstDifference ??= FirstDifference(p.Name, p.Agency, p.Dump, dump);
            }
            times.Sort();
            output.WriteLine($"{kind.Key,-5}：{times.Count} 份，平均 {times.Average():F1} 毫秒/份，p50 {Percentile(times, 0.5):F1}，p95 {Percentile(times, 0.95):F1}，" +
                              $"最慢 {times[^1]:F1}；来源平均 {bytes / Math.Max(1, times.Count) / 1024.0:F0} KB；导入成功 {written}，与原文档完全相同 {same}（{100.0 * same / Math.Max(1, times.Count):F1}%）");
            if (firstDifference is not null) output.WriteLine($"      第一处不同：{firstDifference}");
        }
    }

    private static string FirstDifference(string name, string agency, string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var i = 0;
        while (i < Math.Min(a.Length, b.Length) && a[i] == b[i]) i++;
        string Cut(string[] lines) => i < lines.Length ? (lines[i].Length > 70 ? lines[i][..70] + "…" : lines[i]) : "（结束）";
        return $"{agency}/{name} 第 {i + 1} 行：原文档「{Cut(a)}」，导入后「{Cut(b)}」";
    }

    /// <summary>The report as text copied out of a page: one paragraph per line, table rows as tab-separated cells.</summary>
    private static string PlainText(ReportDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Title t: foreach (var line in t.Lines) sb.AppendLine(line); sb.AppendLine(); break;
                case Heading h: sb.AppendLine(h.PlainText); break;
                case Paragraph p: sb.AppendLine(p.PlainText); break;
                case Table table:
                    foreach (var row in table.HeaderRows.Concat(table.BodyRows))
                        sb.AppendLine(string.Join("\t", row.Cells.SelectMany(c => Enumerable.Repeat(c.PlainText, 1).Concat(Enumerable.Repeat("", c.ColSpan - 1)))));
                    sb.AppendLine();
                    break;
                case Figure f: sb.AppendLine(f.NumberedCaption); break;
                case SignatureBlock s:
                    foreach (var signer in s.Signers) sb.AppendLine(signer);
                    if (s.DateText is not null) sb.AppendLine(s.DateText);
                    break;
            }
        }
        return sb.ToString();
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
