using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The main part's XML, written element by element as the constructs are met. Building the OpenXML
/// SDK's element tree and serialising it cost more than half of a report's DOCX time; the calls here
/// are the ones the SDK's serialiser makes (prefixes, attribute order, empty elements as
/// <c>&lt;w:x /&gt;</c>), so the bytes are the same — the golden packages in the tests hold us to it.
/// </summary>
internal sealed class WordXml : IDisposable
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The namespaces the main part uses, declared once on the root, as Word writes them.</summary>
    private static readonly (string Prefix, string Uri)[] MainNamespaces =
        [("w", W), ("r", R), ("wp", WP), ("a", A), ("pic", Pic), ("c", C)];

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>
    /// One buffer per thread, reused report after report: a fresh one is a large-object allocation
    /// (cleared memory and a full collection's worth of garbage) every time.
    /// </summary>
    [ThreadStatic] private static MemoryStream? _threadBuffer;

    private readonly MemoryStream _buffer;
    private readonly XmlWriter _writer;

    public WordXml()
    {
        _buffer = _threadBuffer ??= new MemoryStream(256 * 1024);
        _buffer.SetLength(0);
        _writer = XmlWriter.Create(_buffer, Settings);
        _writer.WriteStartDocument();
        _writer.WriteStartElement("w", "document", W);
        foreach (var (prefix, uri) in MainNamespaces) _writer.WriteAttributeString("xmlns", prefix, null, uri);
    }

    /// <summary>Closes the document element and returns the part's bytes.</summary>
    public byte[] Finish()
    {
        _writer.WriteEndElement();
        _writer.Flush();
        _writer.Dispose();
        return _buffer.ToArray();
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Opens a w: element.</summary>
    public void Start(string name) => _writer.WriteStartElement("w", name, W);

    /// <summary>Opens an element of another DrawingML namespace (wp:, a:, pic:, c:).</summary>
    public void Start(string prefix, string name, string ns) => _writer.WriteStartElement(prefix, name, ns);

    public void End() => _writer.WriteEndElement();

    /// <summary>A w: attribute on the element just opened.</summary>
    public void Attribute(string name, string value) => _writer.WriteAttributeString("w", name, W, value);

    public void Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An attribute without a namespace (DrawingML's own: cx, distT, uri…).</summary>
    public void Plain(string name, string value) => _writer.WriteAttributeString(name, value);

    public void Plain(string name, long value) => Plain(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An r:id or r:embed.</summary>
    public void Relationship(string name, string id) => _writer.WriteAttributeString("r", name, R, id);

    /// <summary>An empty w: element (<c>&lt;w:name /&gt;</c>).</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary>An empty w: element with one w:val-like attribute.</summary>
    public void Empty(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    public void Empty(string name, string attribute, int value) => Empty(name, attribute, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>w:t with xml:space="preserve", as every text of ours is written.</summary>
    public void Text(string text)
    {
        Start("t");
        _writer.WriteAttributeString("xml", "space", XmlNs, "preserve");
        _writer.WriteString(text);
        End();
    }
}
