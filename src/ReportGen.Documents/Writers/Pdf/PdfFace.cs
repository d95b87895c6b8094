namespace ReportGen.Documents.Writers.Pdf;

/// <summary>A font resource of the document: its name in the page resources and the subset behind it.</summary>
internal sealed record PdfFontResource(string Name, EmbeddedFont Font);

/// <summary>
/// How one face of a document is embedded: a single subset of the characters it prints, or the batch's shared subset
/// (<see cref="SharedGlyphs"/>) and a subset of the document's remaining characters. Every character belongs to exactly
/// one of them; text switches font where a run crosses from one to the other.
/// </summary>
internal sealed class PdfFace
{
    private readonly PdfFontResource? _shared;
    private readonly PdfFontResource? _own;

    public PdfFace(PdfFontResource? shared, PdfFontResource? own)
    {
        if (shared is null && own is null) throw new ArgumentException("a face needs at least one font resource");
        _shared = shared;
        _own = own;
        Resources = shared is null ? [own!] : own is null ? [shared] : [shared, own];
    }

    public PdfFace(PdfFontResource only) : this(null, only) { }

    public IReadOnlyList<PdfFontResource> Resources { get; }

    /// <summary>The resource that draws <paramref name="codePoint"/>, and its glyph there.</summary>
    /// <exception cref="KeyNotFoundException">Neither subset holds the character (the subsets were made from the document's own text).</exception>
    public PdfFontResource For(int codePoint, out CidGlyph glyph)
    {
        if (_shared is not null && _shared.Font.Glyphs.TryGetValue(codePoint, out glyph)) return _shared;
        var resource = _own ?? _shared!;
        glyph = resource.Font.Glyphs[codePoint];
        return resource;
    }

    /// <summary>Whether a run of these code points needs /ActualText (a glyph that ToUnicode can name for only one of them).</summary>
    public bool NeedsActualText(int[] codePoints)
    {
        foreach (var r in Resources)
        {
            if (r.Font.Ambiguous.Count == 0) continue;
            foreach (var cp in codePoints)
                if (r.Font.Ambiguous.Contains(cp)) return true;
        }
        return false;
    }
}
