using System.Security.Cryptography;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Per-document state shared by the block builders. The writer itself is stateless and shared by a
/// parallel batch, so everything that counts lives here, created per Write call.
/// </summary>
/// <param name="timestamp">Stamped on embedded packages (chart workbooks) so they are reproducible too.</param>
internal sealed class DocxBuildContext(DocxPackage package, DateTime timestamp)
{
    private const string ChartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

    private uint _drawingId;
    private int _imageCount;
    private int _chartCount;
    private readonly Dictionary<string, string> _imagesByHash = new(StringComparer.Ordinal);

    public DocxPackage Package { get; } = package;

    public DateTime Timestamp { get; } = timestamp;

    /// <summary>
    /// Adds a picture as word/media/imageN.ext and relates it to the main part — once per distinct
    /// content: a logo or seal used twice is stored once and both drawings point at it.
    /// </summary>
    public string AddImage(byte[] bytes, string extension)
    {
        var hash = Convert.ToHexString(SHA256.HashData(bytes)) + "." + extension;
        if (_imagesByHash.TryGetValue(hash, out var existing)) return existing;
        var id = NextImageRelationshipId();
        var path = $"word/media/image{_imageCount}.{extension}";
        Package.AddPart(path, bytes, null);
        Package.Relate(DocxPackage.MainPath, id, DocxPackage.Types.Image, $"media/image{_imageCount}.{extension}");
        _imagesByHash[hash] = id;
        return id;
    }

    /// <summary>
    /// Adds word/charts/chartN.xml with its workbook as word/embeddings/…N.xlsx (the name Word gives
    /// it) and returns the main part's relationship id for the chart.
    /// </summary>
    /// <param name="chartXml">Builds the chart part given the relationship id of its workbook.</param>
    public string AddChart(Func<string, byte[]> chartXml, byte[] workbook)
    {
        const string workbookId = "rIdData";
        var n = ++_chartCount;
        var id = $"rIdChart{n}";
        var chartPath = $"word/charts/chart{n}.xml";
        var workbookName = $"Microsoft_Excel_Worksheet{n}.xlsx";
        Package.AddPart(chartPath, chartXml(workbookId), ChartContentType);
        Package.AddPart($"word/embeddings/{workbookName}", workbook, null);
        Package.Relate(DocxPackage.MainPath, id, DocxPackage.Types.Chart, $"charts/chart{n}.xml");
        Package.Relate(chartPath, workbookId, DocxPackage.Types.Package, $"../embeddings/{workbookName}");
        return id;
    }

    /// <summary>wp:docPr ids must be unique within the document.</summary>
    public uint NextDrawingId() => ++_drawingId;

    /// <summary>Relationship ids are assigned by us, not the SDK, so that they are the same on every run.</summary>
    public string NextImageRelationshipId() => $"rIdImage{++_imageCount}";
}
