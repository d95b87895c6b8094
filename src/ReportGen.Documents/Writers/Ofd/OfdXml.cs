using System.Text;
using System.Xml;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// XML parts of the package: UTF-8 without BOM, no indentation (deterministic and small), every OFD
/// element with the "ofd:" prefix the standard's examples use (readers such as ofd.js look elements up by it).
/// </summary>
internal static class OfdXml
{
    public const string Namespace = "http://www.ofdspec.org/2016";
    public const string Prefix = "ofd";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>Writes one part; <paramref name="body"/> writes the root element and everything in it.</summary>
    public static byte[] Part(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream(4096);
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            w.WriteStartDocument();
            body(w);
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    public static void Start(this XmlWriter w, string name) => w.WriteStartElement(Prefix, name, Namespace);

    /// <summary>The root element, declaring the OFD namespace once.</summary>
    public static void StartRoot(this XmlWriter w, string name)
    {
        w.WriteStartElement(Prefix, name, Namespace);
        w.WriteAttributeString("xmlns", Prefix, null, Namespace);
    }

    public static void End(this XmlWriter w) => w.WriteEndElement();

    public static void Element(this XmlWriter w, string name, string value)
    {
        w.WriteStartElement(Prefix, name, Namespace);
        w.WriteString(value);
        w.WriteEndElement();
    }

    public static void Attr(this XmlWriter w, string name, string value) => w.WriteAttributeString(name, value);

    public static void Attr(this XmlWriter w, string name, int value) => w.WriteAttributeString(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
