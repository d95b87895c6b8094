using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ReportGen.Documents.Fonts.Subsetting;

/// <summary>
/// One hb-subset per distinct (face, code-point set) for the whole process, shared by the writers that
/// embed fonts (PDF and OFD): a report written in both formats embeds byte-identical subsets and pays
/// for subsetting once. Bounded, so a batch of thousands of different reports keeps flat memory.
/// </summary>
internal sealed class FontSubsetCache
{
    /// <summary>
    /// Enough for the faces of the reports in flight (a PDF and an OFD of one report share theirs). A repeated
    /// character set is served by the writers' own caches of finished font programs (EmbeddedFontCache), so the raw
    /// subsets (large arrays, 100–300 KB) need not be kept longer: 128 of them held about 100 MB in a batch.
    /// </summary>
    private const int MaxEntries = 24;

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _cache = new(StringComparer.Ordinal);

    public static FontSubsetCache Shared { get; } = new();

    /// <summary>The subset (a standalone sfnt) of <paramref name="font"/> holding <paramref name="sortedCodePoints"/>.</summary>
    public byte[] Get(OpenTypeFont font, int[] sortedCodePoints)
    {
        var key = Key(font, sortedCodePoints);
        if (_cache.Count > MaxEntries) _cache.Clear();
        return _cache.GetOrAdd(key, _ => new Lazy<byte[]>(() => HbSubset.Subset(font.Bytes, font.FaceIndex, sortedCodePoints))).Value;
    }

    /// <summary>Face (file and index) and a hash of the code points: equal keys mean equal subsets.</summary>
    public static string Key(OpenTypeFont font, int[] sortedCodePoints)
    {
        var hash = SHA256.HashData(MemoryMarshal.AsBytes(sortedCodePoints.AsSpan()));
        return font.Path + "#" + font.FaceIndex + "#" + Convert.ToHexString(hash);
    }
}
