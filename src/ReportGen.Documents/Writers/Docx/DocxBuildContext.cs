namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Per-document state shared by the block builders. The writer itself is stateless and shared by a
/// parallel batch, so everything that counts lives here, created per Write call.
/// </summary>
/// <param name="timestamp">Stamped on embedded packages (chart workbooks) so they are reproducible too.</param>
internal sealed class DocxBuildContext(DocxPackage package, DateTime timestamp)
{
    private uint _drawingId;
    private int _imageCount;

    public DocxPackage Package { get; } = package;

    public DateTime Timestamp { get; } = timestamp;

    /// <summary>Adds a picture as word/media/imageN.ext and relates it to the main part.</summary>
    public string AddImage(byte[] bytes, string extension)
    {
        var id = NextImageRelationshipId();
        var path = $"word/media/image{_imageCount}.{extension}";
        Package.AddPart(path, bytes, null);
        Package.Relate(DocxPackage.MainPath, id, DocxPackage.Types.Image, $"media/image{_imageCount}.{extension}");
        return id;
    }

    /// <summary>wp:docPr ids must be unique within the document.</summary>
    public uint NextDrawingId() => ++_drawingId;

    /// <summary>Relationship ids are assigned by us, not the SDK, so that they are the same on every run.</summary>
    public string NextImageRelationshipId() => $"rIdImage{++_imageCount}";
}
