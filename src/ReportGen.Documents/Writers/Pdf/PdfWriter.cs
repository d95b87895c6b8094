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
    /// <summary>Bumped when layout or serialisation changes the bytes for the same input.</summary>
    private const string EngineVersion = "pdf-engine-2";

    private readonly EmbeddedFontCache _fontCache = new();
    private readonly Lazy<string> _fingerprint;

    public PdfWriter(FontOptions? options = null, PageGeometry? geometry = null)
    {
        Fonts = new FontCatalog(options ?? FontOptions.Default);
        Geometry = geometry ?? PageGeometry.GbT9704;
        _fingerprint = new Lazy<string>(() => EngineVersion + ":" + Fonts.Fingerprint() + ":" + Geometry);
    }

    public string Format => "pdf";

    public FontCatalog Fonts { get; }

    public PageGeometry Geometry { get; }

    /// <summary>
    /// What besides the document decides the bytes: engine version, the resolved font files (name,
    /// size, content hash) and the page geometry. Incremental batch builds key on it.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    public LayoutResult Layout(ReportDocument document) => DocumentLayouter.Layout(document, Fonts, Geometry);

    public void Write(ReportDocument document, Stream output)
    {
        var layout = Layout(document);
        new PdfDocumentBuilder(document, layout, _fontCache).Write(output);
    }
}
