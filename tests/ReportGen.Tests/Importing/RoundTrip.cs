using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Importing;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// A data file built into a published document (HTML, DOCX or PDF), imported back, and the two
/// compared: every statistics cell, the headings, the narrative text (whitespace-normalised) and the
/// whole document dump. Rule findings do not stop the comparison: the originals acknowledge published
/// mistakes, the import reproduces them (and check reports them).
/// </summary>
public static partial class RoundTrip
{
    public static readonly IDocumentWriter[] Writers = { new HtmlWriter(), new DocxWriter(), new PdfWriter() };

    private static readonly ReportRenderer Renderer = new(TempWorkspace.Formats);
    public static readonly Importer Importer = new(TempWorkspace.Formats);
    private static readonly Importer Untagged = new(TempWorkspace.Formats) { ReadPdfTags = false };

    public static IEnumerable<string> DataFiles() => ReportGen.Building.DataFiles.Find(new[] { Repo.Data })
        .Select(f => Path.GetRelativePath(Repo.Data, f).Replace('\\', '/'));

    public sealed record Result(string File, string Kind, int Cells, int EqualCells, bool Headings, bool Narrative, bool Dump,
        string? FirstDifference, Importer.Outcome Import, ReportModel? Imported)
    {
        public override string ToString() => $"{File} {Kind}: cells {EqualCells}/{Cells}, headings {(Headings ? "=" : "≠")}, narrative {(Narrative ? "=" : "≠")}, dump {(Dump ? "=" : "≠")}{(FirstDifference is null ? "" : " — " + FirstDifference)}";
    }

    public static (ReportDocument Document, ReportModel Model) Original(string file)
    {
        var (document, model, diagnostics) = TempWorkspace.Pipeline().Compose(Path.Combine(Repo.Data, file));
        Assert.True(document is not null && model is not null, string.Join("\n", diagnostics));
        return (document!, model!);
    }

    public static byte[] Publish(ReportDocument document, IDocumentWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(document, stream);
        return stream.ToArray();
    }

    /// <param name="untagged">Read a PDF by its geometry alone, as an untagged PDF (most exported by office software) is read.</param>
    public static Result Run(string file, IDocumentWriter writer, bool untagged = false)
    {
        var (document, model) = Original(file);
        var bytes = Publish(document, writer);
        return Run(file, untagged ? "pdf-untagged" : writer.Format, bytes, untagged ? Untagged : Importer);
    }

    public static Result Run(string file, string kind, byte[] bytes, Importer importer)
    {
        var (document, model) = Original(file);
        var agency = model.Agency.Id;
        var root = Path.Combine(Path.GetTempPath(), "reportgen-roundtrip");
        var extension = kind.StartsWith("pdf", StringComparison.Ordinal) ? "pdf" : kind;
        var outcome = importer.ImportBytes($"{model.Year}.{extension}", bytes, new ImportOptions(agency, null, null, root));
        if (outcome.Yaml is null)
            return new Result(file, kind, 0, 0, false, false, false, string.Join("; ", outcome.Report.Diagnostics), outcome, null);
        var bag = new DiagnosticBag();
        var imported = Models.Read(TempWorkspace.Formats, outcome.Target!, Encoding.UTF8.GetBytes(outcome.Yaml), bag);
        if (imported is null)
            return new Result(file, kind, 0, 0, false, false, false, string.Join("; ", bag.Items), outcome, null);
        var rendered = Renderer.Render(imported, bag);
        if (rendered is null)
            return new Result(file, kind, 0, 0, false, false, false, string.Join("; ", bag.Items), outcome, imported);

        var (cells, equal, cellDiff) = CompareStatistics(model, imported);
        var headings = Headings(document).SequenceEqual(Headings(rendered));
        var narrative = Paragraphs(document).SequenceEqual(Paragraphs(rendered));
        var a = DocumentDumper.Dump(document).Split('\n');
        var b = DocumentDumper.Dump(rendered).Split('\n');
        var i = 0;
        while (i < Math.Min(a.Length, b.Length) && a[i] == b[i]) i++;
        var dump = a.Length == b.Length && i == a.Length;
        var difference = dump ? cellDiff : $"dump line {i + 1}: «{Cut(i < a.Length ? a[i] : "<end>")}» vs «{Cut(i < b.Length ? b[i] : "<end>")}»" + (cellDiff is null ? "" : "; " + cellDiff);
        return new Result(file, kind, cells, equal, headings, narrative, dump, difference, outcome, imported);
    }

    private static string Cut(string s) => s.Length > 90 ? s[..90] + "…" : s;

    /// <summary>Every cell of every table (derived ones included), by the value a reader of the report sees.</summary>
    public static (int Cells, int Equal, string? First) CompareStatistics(ReportModel original, ReportModel imported)
    {
        int cells = 0, equal = 0;
        string? first = null;
        foreach (var table in original.Format.Tables)
        {
            var a = original.Statistics.Find(table.Id)!;
            var b = imported.Statistics.Find(table.Id);
            foreach (var row in table.Rows.Where(r => r.Data))
                foreach (var column in table.ColumnsOf(row))
                {
                    cells++;
                    var x = a.Cell(row.Key, column.Key).Value;
                    var y = b?.Cell(row.Key, column.Key).Value;
                    if (x == y) equal++;
                    else first ??= $"{table.Id}.{row.Key}.{column.Key}: {x} vs {y?.ToString() ?? "—"}";
                }
        }
        return (cells, equal, first);
    }

    public static List<string> Headings(ReportDocument d) => d.Blocks.OfType<Heading>().Select(h => $"{h.Level} {h.PlainText}").ToList();

    public static List<string> Paragraphs(ReportDocument d) => d.Blocks.OfType<Paragraph>().Select(p => Space().Replace(p.PlainText, "")).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
