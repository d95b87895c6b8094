using System.Text;
using ReportGen.Documents.Writers.Packaging;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The parts of one .docx, written straight into a deterministic ZIP. Going through
/// System.IO.Packaging cost more than everything else in a batch (about 10 ms a report); the OPC
/// bookkeeping a Word document needs — content types and relationships — is small enough to write here.
/// </summary>
internal sealed class DocxPackage
{
    public const string MainPath = "word/document.xml";

    private const string RelationshipNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly List<(string Path, ReadOnlyMemory<byte> Content, string? ContentType)> _parts = new();
    private readonly Dictionary<string, List<Relationship>> _relationships = new(StringComparer.Ordinal);

    public sealed record Relationship(string Id, string Type, string Target);

    public static class Types
    {
        public const string OfficeDocument = RelationshipNs + "/officeDocument";
        public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
        public const string Styles = RelationshipNs + "/styles";
        public const string Settings = RelationshipNs + "/settings";
        public const string FontTable = RelationshipNs + "/fontTable";
        public const string Footer = RelationshipNs + "/footer";
        public const string Image = RelationshipNs + "/image";
        public const string Chart = RelationshipNs + "/chart";
        public const string Package = RelationshipNs + "/package";
    }

    /// <summary>Adds a part; <paramref name="contentType"/> null means the extension's default content type.</summary>
    public void AddPart(string path, ReadOnlyMemory<byte> content, string? contentType) => _parts.Add((path, content, contentType));

    /// <summary>A relationship from <paramref name="sourcePath"/> ("" for the package) to a part path relative to the source's folder.</summary>
    public void Relate(string sourcePath, string id, string type, string target)
    {
        if (!_relationships.TryGetValue(sourcePath, out var list)) _relationships[sourcePath] = list = new List<Relationship>();
        list.Add(new Relationship(id, type, target));
    }

    public void WriteTo(Stream output, DateTime timestamp)
    {
        var entries = new List<(string, ReadOnlyMemory<byte>)>(_parts.Count + 8) { ("[Content_Types].xml", ContentTypes()) };
        foreach (var (path, content, _) in _parts) entries.Add((path, content));
        foreach (var (source, list) in _relationships) entries.Add((RelationshipsPath(source), Relationships(list)));
        DeterministicZip.Write(entries, output, timestamp);
    }

    private static string RelationshipsPath(string source)
    {
        if (source.Length == 0) return "_rels/.rels";
        var slash = source.LastIndexOf('/');
        return $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
    }

    private byte[] ContentTypes()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        sb.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""");
        sb.Append("""<Default Extension="xml" ContentType="application/xml"/>""");
        foreach (var (extension, type) in new[] { ("png", "image/png"), ("jpeg", "image/jpeg"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
            if (_parts.Any(p => p.Path.EndsWith("." + extension, StringComparison.Ordinal) && p.ContentType is null))
                sb.Append($"""<Default Extension="{extension}" ContentType="{type}"/>""");
        foreach (var (path, _, type) in _parts.OrderBy(p => p.Path, StringComparer.Ordinal))
            if (type is not null) sb.Append($"""<Override PartName="/{path}" ContentType="{type}"/>""");
        sb.Append("</Types>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] Relationships(List<Relationship> list)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        foreach (var r in list.OrderBy(r => r.Id, StringComparer.Ordinal))
            sb.Append($"""<Relationship Id="{r.Id}" Type="{r.Type}" Target="{r.Target}"/>""");
        sb.Append("</Relationships>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
