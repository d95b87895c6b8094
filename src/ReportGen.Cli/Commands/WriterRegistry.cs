using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Documents.Writers.Ofd;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>The output formats the CLI can name with --format.</summary>
public static class WriterRegistry
{
    public static IReadOnlyList<IDocumentWriter> All { get; } = Create(new PdfWriter());

    /// <summary>The writers with the PDF writer given; OFD serialises the same frames, so it shares the PDF's font catalog.</summary>
    public static IReadOnlyList<IDocumentWriter> Create(PdfWriter pdf) => new IDocumentWriter[]
    {
        new DocxWriter(),
        new HtmlWriter(),
        pdf,
        new OfdWriter(pdf.Fonts, pdf.Geometry),
        new DumpWriter(),
    };

    public static readonly string[] Defaults = { "pdf", "docx", "html" };

    public static IReadOnlyList<IDocumentWriter>? Select(string formats, out string? unknown)
    {
        unknown = null;
        var result = new List<IDocumentWriter>();
        foreach (var name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var writer = All.FirstOrDefault(w => w.Format == name.ToLowerInvariant());
            if (writer is null) { unknown = name; return null; }
            if (!result.Contains(writer)) result.Add(writer);
        }
        return result;
    }
}
