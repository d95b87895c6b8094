using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Writers.Ofd;
using ReportGen.Documents.Tests.Pdf;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Ofd;

/// <summary>
/// An OFD package read back the way a reader would: entries by path, XML parsed, locations resolved
/// relative to the file that names them (GB/T 33190 §7.3 ST_Loc), nothing taken from the writer.
/// </summary>
public sealed class OfdPackage
{
    public static readonly XNamespace Ns = "http://www.ofdspec.org/2016";

    private static readonly Lazy<(PdfWriter Pdf, OfdWriter Ofd)> SharedWriters = new(() =>
    {
        var pdf = PdfFixture.Writer;
        return (pdf, new OfdWriter(pdf.Fonts, pdf.Geometry));
    });

    public static OfdWriter Writer => SharedWriters.Value.Ofd;

    public OfdPackage(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        EntryOrder = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            Entries[e.FullName] = ms.ToArray();
        }
    }

    public byte[] Bytes { get; }
    public List<string> EntryOrder { get; }
    public Dictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

    public static OfdPackage Write(ReportDocument document)
    {
        using var ms = new MemoryStream();
        Writer.Write(document, ms);
        return new OfdPackage(ms.ToArray());
    }

    /// <summary>Parses an XML part; a malformed one throws, which fails the calling test.</summary>
    public XElement Xml(string path) => XDocument.Load(new MemoryStream(Entries[path])).Root!;

    /// <summary>A location as written in <paramref name="from"/> resolved to a package path ("/x" from the root).</summary>
    public static string Resolve(string from, string loc, string? baseLoc = null)
    {
        if (loc.StartsWith('/')) return loc[1..];
        var folder = from.Contains('/') ? from[..from.LastIndexOf('/')] : "";
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        if (baseLoc is { Length: > 0 }) parts.AddRange(baseLoc.Split('/'));
        parts.AddRange(loc.Split('/'));
        var result = new List<string>();
        foreach (var p in parts)
        {
            if (p == "..") result.RemoveAt(result.Count - 1);
            else if (p is not ("." or "")) result.Add(p);
        }
        return string.Join('/', result);
    }

    public XElement Entry => Xml("OFD.xml");

    public string DocRootPath => Resolve("OFD.xml", (string)Entry.Element(Ns + "DocBody")!.Element(Ns + "DocRoot")!);

    public XElement Document => Xml(DocRootPath);

    public IReadOnlyList<(int Id, string Path)> Pages =>
        Document.Element(Ns + "Pages")!.Elements(Ns + "Page").Select(p => ((int)p.Attribute("ID")!, Resolve(DocRootPath, (string)p.Attribute("BaseLoc")!))).ToList();

    /// <summary>Every TextObject, PathObject and ImageObject of every page, with its page.</summary>
    public IEnumerable<(int PageId, XElement Object)> Objects()
    {
        foreach (var (id, path) in Pages)
            foreach (var o in Xml(path).Descendants().Where(e => e.Name.LocalName is "TextObject" or "PathObject" or "ImageObject"))
                yield return (id, o);
    }

    /// <summary>The characters of a TextObject with their absolute positions in millimetres (X + DeltaX from the boundary's origin).</summary>
    public static IEnumerable<(int CodePoint, double X, double Y)> Glyphs(XElement text)
    {
        var box = Numbers((string)text.Attribute("Boundary")!);
        foreach (var code in text.Elements(Ns + "TextCode"))
        {
            var x = box[0] + double.Parse((string)code.Attribute("X")!, CultureInfo.InvariantCulture);
            var y = box[1] + double.Parse((string)code.Attribute("Y")!, CultureInfo.InvariantCulture);
            var deltas = Deltas((string?)code.Attribute("DeltaX"));
            var i = 0;
            var s = code.Value;
            for (var k = 0; k < s.Length; k++)
            {
                var cp = char.ConvertToUtf32(s, k);
                if (char.IsHighSurrogate(s[k])) k++;
                if (i > 0) x += deltas[i - 1];
                yield return (cp, x, y);
                i++;
            }
        }
    }

    /// <summary>An ST_Array of DeltaX with the "g count value" repeats expanded.</summary>
    public static List<double> Deltas(string? value)
    {
        var result = new List<double>();
        if (string.IsNullOrEmpty(value)) return result;
        var tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g")
            {
                var count = int.Parse(tokens[i + 1], CultureInfo.InvariantCulture);
                var v = double.Parse(tokens[i + 2], CultureInfo.InvariantCulture);
                for (var k = 0; k < count; k++) result.Add(v);
                i += 2;
            }
            else result.Add(double.Parse(tokens[i], CultureInfo.InvariantCulture));
        }
        return result;
    }

    public static double[] Numbers(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}
