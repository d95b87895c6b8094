using System.Buffers.Binary;

namespace ReportGen.Documents.Fonts.Subsetting;

/// <summary>
/// What embedding a subset needs to know of it: each character's glyph in the subset, and that glyph's advance.
/// Read in place from the subset's cmap and hmtx, not parsed into a full <see cref="OpenTypeFont"/>: that one builds
/// a 64K-entry glyph table (a large-object allocation) and reads names and punctuation shapes nobody asks of a subset.
/// Its answers are the same (<c>SubsetFaceTests</c>).
/// </summary>
internal sealed class SubsetFace
{
    private readonly byte[] _data;
    private readonly int _cmapSubtable;
    private readonly int _hmtx;
    private readonly int _hmtxLength;
    private readonly int _metrics;
    private readonly int _numGlyphs;

    public SubsetFace(byte[] data)
    {
        _data = data;
        var dir = SfntDirectory.Read(data, 0);
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(dir.Table(data, "head")[18..]);
        _metrics = BinaryPrimitives.ReadUInt16BigEndian(dir.Table(data, "hhea")[34..]);
        _numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(dir.Table(data, "maxp")[4..]);
        if (!dir.TryGet("hmtx", out _hmtx, out _hmtxLength)) throw new InvalidDataException("font has no hmtx table");
        if (!dir.TryGet("cmap", out var cmap, out var cmapLength)) throw new InvalidDataException("font has no cmap table");
        _cmapSubtable = cmap + CmapReader.BestSubtable(data.AsSpan(cmap, cmapLength));
    }

    public int UnitsPerEm { get; }

    public int GlyphId(int codePoint) => CmapReader.Lookup(_data.AsSpan(_cmapSubtable), codePoint);

    /// <summary>The advance as hmtx gives it: glyphs past the last metric (or a cut-short table) repeat the last one read.</summary>
    public int AdvanceUnits(int glyphId)
    {
        var lastReadable = Math.Min(_metrics - 1, _hmtxLength >= 2 ? (_hmtxLength - 2) / 4 : -1);
        if (glyphId >= _numGlyphs || glyphId < 0 || lastReadable < 0) return 0;
        return BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(_hmtx + 4 * Math.Min(glyphId, lastReadable)));
    }
}
