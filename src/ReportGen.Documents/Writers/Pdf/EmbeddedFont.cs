namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// Everything a document needs to write one subset font, computed once per (font, code-point set)
/// and shared by every document of a batch that uses the same set: compressed font program and
/// ToUnicode map, widths, and the code point → CID (subset glyph id) map.
/// </summary>
internal sealed class EmbeddedFont
{
    public required string BaseFont { get; init; }
    public required byte[] FontFile { get; init; }
    public required int FontFileLength { get; init; }
    public required byte[] ToUnicode { get; init; }
    /// <summary>Advance per CID in 1/1000 em (the CIDs this subset uses).</summary>
    public required Dictionary<int, int> Widths { get; init; }

    public required EmbeddedFontKind Kind { get; init; }
    /// <summary>CID and advance by code point: the content stream asks both for every glyph, in one lookup.</summary>
    public required Dictionary<int, CidGlyph> Glyphs { get; init; }

    /// <summary>
    /// Code points that share their glyph with another code point of the set: ToUnicode can name only
    /// one, so runs containing these carry /ActualText.
    /// </summary>
    public HashSet<int> Ambiguous { get; init; } = [];
    public required int[] BBox { get; init; }
    public required int CapHeight { get; init; }
    public required double ItalicAngle { get; init; }
    public required int StemV { get; init; }
}

/// <summary>A code point's glyph in a subset: its CID and its advance in 1/1000 em.</summary>
internal readonly record struct CidGlyph(ushort Cid, int Width);
