using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Per-document state shared by the block builders. The writer itself is stateless and shared by a
/// parallel batch, so everything that counts lives here, created per Write call.
/// </summary>
/// <param name="timestamp">Stamped on embedded packages (chart workbooks) so they are reproducible too.</param>
internal sealed class DocxBuildContext(MainDocumentPart mainPart, DateTime timestamp)
{
    private uint _drawingId;
    private int _imageCount;
    private int _chartCount;
    private readonly Dictionary<string, string> _imagesByHash = new(StringComparer.Ordinal);

    public MainDocumentPart MainPart { get; } = mainPart;

    public DateTime Timestamp { get; } = timestamp;

    /// <summary>wp:docPr ids must be unique within the document.</summary>
    public uint NextDrawingId() => ++_drawingId;

    /// <summary>Relationship ids are assigned by us, not the SDK, so that they are the same on every run.</summary>
    public string NextImageRelationshipId() => $"rIdImage{++_imageCount}";

    public string NextChartRelationshipId() => $"rIdChart{++_chartCount}";

    /// <summary>
    /// The relationship of a picture already embedded with these bytes, if any: a logo or seal used
    /// twice is stored once.
    /// </summary>
    public bool TryGetImage(string contentHash, out string relationshipId) =>
        _imagesByHash.TryGetValue(contentHash, out relationshipId!);

    public void RememberImage(string contentHash, string relationshipId) => _imagesByHash[contentHash] = relationshipId;
}
