using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Per-document state shared by the block builders. The writer itself is stateless and shared by a
/// parallel batch, so everything that counts lives here, created per Write call.
/// </summary>
internal sealed class DocxBuildContext(MainDocumentPart mainPart)
{
    private uint _drawingId;
    private int _imageCount;

    public MainDocumentPart MainPart { get; } = mainPart;

    /// <summary>wp:docPr ids must be unique within the document.</summary>
    public uint NextDrawingId() => ++_drawingId;

    /// <summary>Relationship ids are assigned by us, not the SDK, so that they are the same on every run.</summary>
    public string NextImageRelationshipId() => $"rIdImage{++_imageCount}";
}
