using System.Globalization;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The main part's XML, written element by element as the constructs are met, straight into UTF-8 bytes.
/// The bytes are the ones the OpenXML SDK's serialiser wrote (prefixes, attribute order, empty elements as
/// <c>&lt;w:x /&gt;</c>, its escaping and line ends), and the golden packages in the tests hold us to it.
/// </summary>
/// <remarks>
/// Not an <see cref="System.Xml.XmlWriter"/>: every element went through its namespace scope bookkeeping
/// (a dictionary lookup and push per element and attribute), the largest share of a report's DOCX time,
/// although every prefix is declared once on the root and never rebound. <see cref="WordXmlCheckTests"/>
/// compares this writer with <c>XmlWriter</c> on the same calls, escaping and invalid characters included.
/// </remarks>
internal sealed class WordXml : IDisposable
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>The namespaces the main part uses, declared once on the root, as Word writes them.</summary>
    private static readonly (string Prefix, string Uri)[] MainNamespaces =
        [("w", W), ("r", R), ("wp", WP), ("a", A), ("pic", Pic), ("c", C)];

    /// <summary>
    /// One buffer per thread, reused report after report: a fresh one is a large-object allocation
    /// (cleared memory and a full collection's worth of garbage) every time.
    /// </summary>
    [ThreadStatic] private static Utf8Buffer? _threadBuffer;

    private readonly Utf8Buffer _out;
    /// <summary>
    /// Where each open element's qualified name lies in the output: its end tag copies those bytes instead of encoding
    /// the prefix and name again (markup encoding was the largest single cost of the DOCX writer).
    /// </summary>
    private readonly List<(int Start, int Length)> _open = new(32);
    /// <summary>The last start tag still lacks its <c>&gt;</c>: attributes may follow, and an end makes it empty.</summary>
    private bool _inStartTag;

    public WordXml()
    {
        _out = _threadBuffer ??= new Utf8Buffer(256 * 1024);
        _out.Clear();
        _out.Ascii("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Start("w", "document", W);
        foreach (var (prefix, uri) in MainNamespaces)
        {
            _out.Ascii(" xmlns:");
            _out.Ascii(prefix);
            _out.Ascii("=\"");
            _out.Ascii(uri);
            _out.Byte((byte)'"');
        }
    }

    /// <summary>
    /// Closes the document element and returns the part's bytes, in this thread's buffer: valid until the next
    /// <see cref="WordXml"/> on the thread, so the package is written before another document starts. A copy
    /// (120 KB for a six-page report) would be a large-object allocation per report.
    /// </summary>
    public ReadOnlyMemory<byte> Finish()
    {
        while (_open.Count > 0) End();
        return _out.Written;
    }

    public void Dispose() => _open.Clear();

    /// <summary>Opens a w: element.</summary>
    public void Start(string name) => Start("w", name, W);

    /// <summary>Opens an element of another DrawingML namespace (wp:, a:, pic:, c:), all declared on the root.</summary>
    public void Start(string prefix, string name, string ns)
    {
        CloseStartTag();
        _out.Byte((byte)'<');
        var start = _out.Length;
        QualifiedName(prefix, name);
        _open.Add((start, _out.Length - start));
        _inStartTag = true;
    }

    public void End()
    {
        var (start, length) = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (_inStartTag)
        {
            _out.Ascii(" />");
            _inStartTag = false;
            return;
        }
        _out.Byte((byte)'<');
        _out.Byte((byte)'/');
        _out.Repeat(start, length);
        _out.Byte((byte)'>');
    }

    /// <summary>A w: attribute on the element just opened.</summary>
    public void Attribute(string name, string value) => AttributeOf("w", name, value);

    public void Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An attribute without a namespace (DrawingML's own: cx, distT, uri…).</summary>
    public void Plain(string name, string value) => AttributeOf("", name, value);

    public void Plain(string name, long value) => Plain(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An r:id or r:embed.</summary>
    public void Relationship(string name, string id) => AttributeOf("r", name, id);

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
        AttributeOf("xml", "space", "preserve");
        // Even an empty text gets an end tag (<w:t …></w:t>), as XmlWriter writes it.
        CloseStartTag();
        XmlEscaping.Write(_out, text, inAttribute: false);
        End();
    }

    private void AttributeOf(string prefix, string name, string value)
    {
        if (!_inStartTag) throw new InvalidOperationException($"attribute {name} outside a start tag");
        _out.Byte((byte)' ');
        QualifiedName(prefix, name);
        _out.Ascii("=\"");
        XmlEscaping.Write(_out, value, inAttribute: true);
        _out.Byte((byte)'"');
    }

    private void CloseStartTag()
    {
        if (!_inStartTag) return;
        _out.Byte((byte)'>');
        _inStartTag = false;
    }

    private void QualifiedName(string prefix, string name)
    {
        if (prefix.Length > 0)
        {
            _out.Ascii(prefix);
            _out.Byte((byte)':');
        }
        _out.Ascii(name);
    }
}
