using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// Subsets and compresses each distinct (font, code-point set) once per writer; a batch of reports
/// with the same characters pays for hb-subset and deflate only on the first one. Thread-safe.
/// </summary>
internal sealed class EmbeddedFontCache
{
    // Bounded so a batch of thousands of different reports keeps flat memory (a compressed program, about 50–100 KB an
    // entry). Reports of one batch often share a character set (same template, other numbers): measured on the
    // benchmark's sample, a cache this size halved the PDF writer's cost against 16 entries. The raw subsets behind
    // it need no such depth (FontSubsetCache).
    private const int MaxEntries = 128;

    /// <summary>
    /// zlib level 2: measured on a five-page report, 3 ms per new subset against 13–15 ms at level
    /// 4–6, for 3 % more bytes; a batch of different reports pays this once per report.
    /// </summary>
    private const int FontDeflateLevel = 2;
    private readonly ConcurrentDictionary<string, Lazy<EmbeddedFont>> _cache = new(StringComparer.Ordinal);

    // One per face, never evicted: a batch uses a handful of faces, and the shared subset is what every report reuses.
    private readonly ConcurrentDictionary<OpenTypeFont, Lazy<EmbeddedFont>> _shared = new(ReferenceEqualityComparer.Instance);

    public EmbeddedFont Get(OpenTypeFont font, int[] sortedCodePoints)
    {
        var key = Key(font, sortedCodePoints);
        if (_cache.Count > MaxEntries) _cache.Clear();
        return _cache.GetOrAdd(key, _ => new Lazy<EmbeddedFont>(() => Build(font, sortedCodePoints))).Value;
    }

    /// <summary>The face's subset of <see cref="SharedGlyphs"/>, built once per face.</summary>
    public EmbeddedFont SharedSubset(OpenTypeFont font, int[] sharedCodePoints)
        => _shared.GetOrAdd(font, f => new Lazy<EmbeddedFont>(() => Build(f, sharedCodePoints))).Value;

    private static string Key(OpenTypeFont font, int[] cps) => FontSubsetCache.Key(font, cps);

    private static EmbeddedFont Build(OpenTypeFont font, int[] cps)
    {
        // The same subset the OFD writer embeds (shared cache): both formats carry identical font programs.
        var subsetBytes = FontSubsetCache.Shared.Get(font, cps);
        var subset = new SubsetFace(subsetBytes);
        var kind = EmbeddedFontKind.TrueType;
        byte[] program = subsetBytes;
        int[]? glyphCids = null;
        if (font.IsCff)
        {
            var dir = SfntDirectory.Read(subsetBytes, 0);
            var cff = dir.Table(subsetBytes, "CFF ");
            glyphCids = CffCharset.GlyphCids(cff);
            kind = glyphCids is null ? EmbeddedFontKind.OpenTypeCff : EmbeddedFontKind.CidKeyedCff;
            if (glyphCids is not null) program = cff.ToArray();
        }
        var widths = new Dictionary<int, int>(cps.Length);
        var glyphs = new Dictionary<int, CidGlyph>(cps.Length);
        var toUnicode = new SortedDictionary<ushort, int>();
        var ambiguous = new HashSet<int>();
        foreach (var cp in cps)
        {
            var gid = subset.GlyphId(cp);
            if (gid == 0) throw new InvalidOperationException($"subset of {font.Id} lost U+{cp:X4}");
            var cid = (ushort)(glyphCids is null ? gid : glyphCids[gid]);
            var width = (int)Math.Round(subset.AdvanceUnits(gid) * 1000.0 / subset.UnitsPerEm);
            widths[cid] = width;
            glyphs[cp] = new CidGlyph(cid, width);
            if (!toUnicode.TryAdd(cid, cp)) ambiguous.Add(cp);
        }
        var scale = 1000.0 / font.UnitsPerEm;
        return new EmbeddedFont
        {
            BaseFont = Tag(font, cps) + "+" + font.PostScriptName,
            Kind = kind,
            FontFile = PdfDeflate.Compress(program, FontDeflateLevel),
            FontFileLength = program.Length,
            ToUnicode = PdfDeflate.Compress(ToUnicodeCMap.Build(toUnicode), CompressionLevel.Optimal),
            Widths = widths,
            Glyphs = glyphs,
            Ambiguous = ambiguous,
            BBox = font.BBox.Select(v => (int)Math.Round(v * scale)).ToArray(),
            CapHeight = (int)Math.Round(font.CapHeight * scale),
            ItalicAngle = font.ItalicAngle,
            StemV = font.Weight >= 600 ? 120 : 80,
        };
    }

    /// <summary>
    /// The six-letter subset prefix, derived from the font's bytes and the code points (never its path), so the
    /// same report gives the same bytes in any clone or install folder.
    /// </summary>
    private static string Tag(OpenTypeFont font, int[] cps)
    {
        var key = font.ContentHash + "#" + font.FaceIndex + "#" + Convert.ToHexString(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(cps.AsSpan())));
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        var chars = new char[6];
        for (var i = 0; i < 6; i++) chars[i] = (char)('A' + hash[i] % 26);
        return new string(chars);
    }
}
