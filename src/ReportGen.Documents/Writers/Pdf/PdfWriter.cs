using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// Print-ready archival PDF (GB/T 9704 page, PDF/A-2a, PDF/UA-1). Construct once and share: the
/// font catalog and the subset cache are thread-safe; each Write keeps its state in locals.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    private readonly EmbeddedFontCache _fontCache = new();

    public PdfWriter(FontOptions? options = null, PageGeometry? geometry = null)
    {
        Fonts = new FontCatalog(options ?? FontOptions.Default);
        Geometry = geometry ?? PageGeometry.GbT9704;
    }

    public string Format => "pdf";

    public FontCatalog Fonts { get; }

    public PageGeometry Geometry { get; }

    public LayoutResult Layout(ReportDocument document) => DocumentLayouter.Layout(document, Fonts, Geometry);

    public void Write(ReportDocument document, Stream output)
    {
        var layout = Layout(document);
        new PdfDocumentBuilder(document, layout, _fontCache).Write(output);
    }
}
