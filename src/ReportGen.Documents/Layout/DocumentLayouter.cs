using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Flow;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout;

/// <summary>
/// Entry point of the layout engine: document in, page frames out. Writer-neutral (the PDF writer
/// only serialises the frames), so positions are testable without PDF.
/// </summary>
public static class DocumentLayouter
{
    public static LayoutResult Layout(ReportDocument document, IFontProvider fonts, PageGeometry? geometry = null)
        => new FlowLayouter(geometry ?? PageGeometry.GbT9704, fonts).Run(document);
}
