using System.IO.Compression;
using System.Xml;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Importing.Sources.Docx;

/// <summary>
/// Inspects a .docx (a ZIP package) before the Open XML SDK opens it: the number of entries, the
/// declared and the actual uncompressed sizes, the compression ratio of large entries, and the nesting
/// depth of every XML part. A zip bomb is refused after reading at most the budget, never expanded in
/// full; a part nested deeper than any document needs is refused before a recursive reader sees it.
/// </summary>
public static class ZipGuard
{
    /// <summary>Why a package is refused: the catalogue's message and what it names.</summary>
    public sealed record Refusal(DiagnosticKind Kind, string Detail);

    /// <returns>Null when the package is acceptable, else why it is refused.</returns>
    public static Refusal? Inspect(byte[] bytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return new Refusal(Catalog.Importing.NotADocx, e.Message);
        }
        using (archive)
        {
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try { entries = archive.Entries; }
            catch (Exception e) when (e is InvalidDataException or IOException) { return new Refusal(Catalog.Importing.NotADocx, e.Message); }
            if (entries.Count > SourceLimits.MaxZipEntries)
                return new Refusal(Catalog.Importing.ZipBomb, Catalog.Importing.ZipTooManyEntries.Text(entries.Count, SourceLimits.MaxZipEntries));

            long declared = 0;
            foreach (var entry in entries)
            {
                declared += Math.Max(0, entry.Length);
                if (declared > SourceLimits.MaxZipUncompressedBytes)
                    return new Refusal(Catalog.Importing.ZipBomb, Catalog.Importing.ZipTooLarge.Text(declared, SourceLimits.MaxZipUncompressedBytes));
                if (entry.Length > SourceLimits.RatioCheckedAbove && entry.Length / Math.Max(1, entry.CompressedLength) > SourceLimits.MaxZipRatio)
                    return new Refusal(Catalog.Importing.ZipBomb, Catalog.Importing.ZipRatio.Text(entry.FullName, entry.Length / Math.Max(1, entry.CompressedLength)));
            }

            // Headers can lie: every entry is inflated through a counter that stops at the budget.
            long actual = 0;
            foreach (var entry in entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                try
                {
                    using var stream = entry.Open();
                    var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                    var counted = new CountingStream(stream, SourceLimits.MaxZipUncompressedBytes - actual);
                    var problem = isXml ? CheckXml(counted, entry.FullName) : Drain(counted);
                    actual += counted.Count;
                    if (counted.Exceeded)
                        return new Refusal(Catalog.Importing.ZipBomb, Catalog.Importing.ZipTooLarge.Text(actual, SourceLimits.MaxZipUncompressedBytes));
                    if (counted.Count > Math.Max(0, entry.Length) && entry.Length >= 0)
                        return new Refusal(Catalog.Importing.ZipBomb, Catalog.Importing.ZipSizeLied.Text(entry.FullName));
                    if (problem is not null) return problem;
                }
                catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
                {
                    return new Refusal(Catalog.Importing.NotADocx, Catalog.Importing.ZipEntryUnreadable.Text(entry.FullName, e.Message));
                }
            }
        }
        return null;
    }

    private static Refusal? Drain(Stream stream)
    {
        var buffer = new byte[81920];
        while (stream.Read(buffer, 0, buffer.Length) > 0) { }
        return null;
    }

    /// <summary>Reads the part as XML (no DTDs, no entity expansion) to its end, refusing deep nesting.</summary>
    private static Refusal? CheckXml(Stream stream, string name)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > SourceLimits.MaxXmlDepth)
                    return new Refusal(Catalog.Importing.TooComplex, Catalog.Importing.XmlTooDeep.Text(name, SourceLimits.MaxXmlDepth));
        }
        catch (XmlException e)
        {
            // A counter stop surfaces as a truncated document; the caller reports the budget instead.
            if (stream is CountingStream { Exceeded: true }) return null;
            return new Refusal(Catalog.Importing.NotADocx, Catalog.Importing.XmlInvalid.Text(name, e.Message));
        }
        return null;
    }

    /// <summary>Counts bytes read and reports end-of-stream once a budget is spent, so a bomb is never inflated past it.</summary>
    private sealed class CountingStream(Stream inner, long budget) : Stream
    {
        public long Count { get; private set; }
        public bool Exceeded { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Count >= budget)
            {
                // One more byte tells a stream that ends exactly at the budget from one that goes on.
                if (inner.Read(new byte[1], 0, 1) > 0) { Exceeded = true; Count++; }
                return 0;
            }
            var n = inner.Read(buffer, offset, (int)Math.Min(count, budget - Count));
            Count += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
