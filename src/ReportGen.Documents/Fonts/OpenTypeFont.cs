using System.Buffers.Binary;
using ReportGen.Documents.Layout.Text;
using ReportGen.Files;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// One loaded TrueType face: metrics, cmap and advances parsed once, then shared read-only by all
/// threads of a batch. The file's bytes (mapped, see <see cref="FontBytes"/>) stay with it because subsetting needs them.
/// </summary>
public sealed class OpenTypeFont : ILayoutFont
{
    private readonly ushort[] _bmp;
    private readonly Dictionary<int, ushort> _supplementary;
    private readonly ushort[] _advances;

    private OpenTypeFont(string path, int faceIndex, FontBytes data)
    {
        Path = path;
        FaceIndex = faceIndex;
        Bytes = data;
        var span = data.Span;
        var dir = SfntDirectory.Read(span, faceIndex);
        IsTrueType = !dir.IsCff && dir.TryGet("glyf", out _, out _);
        IsCff = dir.IsCff && dir.TryGet("CFF ", out _, out _);
        var head = dir.Table(span, "head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BBox = [BinaryPrimitives.ReadInt16BigEndian(head[36..]), BinaryPrimitives.ReadInt16BigEndian(head[38..]),
                BinaryPrimitives.ReadInt16BigEndian(head[40..]), BinaryPrimitives.ReadInt16BigEndian(head[42..])];
        var hhea = dir.Table(span, "hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(dir.Table(span, "maxp")[4..]);
        var hmtx = dir.Table(span, "hmtx");
        _advances = new ushort[numGlyphs];
        ushort last = 0;
        for (var g = 0; g < numGlyphs; g++)
        {
            if (g < metrics && 4 * g + 2 <= hmtx.Length) last = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * g)..]);
            _advances[g] = last;
        }
        if (dir.TryGet("OS/2", out var os2Offset, out var os2Length) && os2Length >= 10)
        {
            var os2 = span.Slice(os2Offset, os2Length);
            FsType = BinaryPrimitives.ReadUInt16BigEndian(os2[8..]);
            Weight = BinaryPrimitives.ReadUInt16BigEndian(os2[4..]);
            CapHeight = os2Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2
                ? BinaryPrimitives.ReadInt16BigEndian(os2[88..])
                : Ascent;
        }
        else
        {
            Weight = 400;
            CapHeight = Ascent;
        }
        if (dir.TryGet("post", out var postOffset, out var postLength) && postLength >= 16)
            ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(span[(postOffset + 4)..]) / 65536.0;
        var name = dir.Table(span, "name");
        FamilyNames = SfntNames.FamilyNames(name);
        PostScriptName = SfntNames.PostScriptName(name);
        (_bmp, _supplementary) = CmapReader.Read(dir.Table(span, "cmap"));
        Id = System.IO.Path.GetFileName(path) + (faceIndex > 0 ? "#" + faceIndex : "");
        _punctuationInk = PunctuationInk.Read(data.Span, faceIndex, UnitsPerEm, GlyphId);
    }

    private readonly Dictionary<int, (double Left, double Right)> _punctuationInk;

    /// <summary>Stable key of the face (file name and face index); used for caches and diagnostics.</summary>
    public string Id { get; }
    public string Path { get; }
    public int FaceIndex { get; }
    public FontBytes Bytes { get; }
    public bool IsTrueType { get; }

    /// <summary>CFF outlines (an 'OTTO' font, e.g. Noto/Source Han CJK): embedded as CIDFontType0.</summary>
    public bool IsCff { get; }
    public int UnitsPerEm { get; }
    public short Ascent { get; }
    public short Descent { get; }
    public short CapHeight { get; }
    public short[] BBox { get; }
    public int Weight { get; }
    public double ItalicAngle { get; }
    public ushort FsType { get; }
    public IReadOnlyList<string> FamilyNames { get; }
    public string PostScriptName { get; }

    /// <summary>
    /// The face's identity by content (computed on first use; for build fingerprints and subset tags): the file's
    /// length, the face's table directory with every table's checksum, and its 'head' table (whose checkSumAdjustment
    /// covers the whole font). A font tool that changes any table changes its checksum, so this changes with the
    /// font, without reading tens of megabytes to hash them. Not a defence against a forger, which nothing here needs.
    /// </summary>
    public string ContentHash => _contentHash ??= ComputeContentHash();

    private string ComputeContentHash()
    {
        var span = Bytes.Span;
        var hash = new System.IO.Hashing.XxHash128();
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt64BigEndian(header, Bytes.Length);
        BinaryPrimitives.WriteInt32BigEndian(header[8..], FaceIndex);
        hash.Append(header);
        hash.Append(SfntDirectory.Records(span, FaceIndex));
        hash.Append(SfntDirectory.Read(span, FaceIndex).Table(span, "head"));
        return Convert.ToHexString(hash.GetCurrentHash())[..16];
    }

    private string? _contentHash;

    /// <summary>Licence bit 0x0002 forbids embedding; we never embed such a font.</summary>
    public bool EmbeddingRestricted => (FsType & 0x000F) == 0x0002;

    public string Name => FamilyNames.Count > 0 ? $"{FamilyNames[0]} ({Id})" : Id;

    public static OpenTypeFont Load(string path, int faceIndex = 0)
    {
        var probe = InputFile.Probe(FileKind.Font, path);
        if (!probe.Ok) throw new FileReadException(probe);
        return new(path, faceIndex, FontBytes.Map(probe.RealPath!, probe.Length, () =>
        {
            var read = InputFile.Read(FileKind.Font, path);
            return read.Ok ? read.Content : throw new FileReadException(read);
        }));
    }

    public static OpenTypeFont FromBytes(string path, int faceIndex, byte[] data) => new(path, faceIndex, FontBytes.Of(data));

    public int GlyphId(int codePoint)
    {
        if ((uint)codePoint < 0x10000) return _bmp[codePoint];
        return _supplementary.TryGetValue(codePoint, out var g) ? g : 0;
    }

    /// <summary>Advance width of a glyph in font units.</summary>
    public int AdvanceUnits(int glyphId) => glyphId < _advances.Length ? _advances[glyphId] : 0;

    /// <summary>Measured on the glyph outline (read at load); a mark drawn without ink has nothing to compress.</summary>
    public bool TryGetPunctuationInk(int codePoint, out double leftEm, out double rightEm)
    {
        if (_punctuationInk.TryGetValue(codePoint, out var ink))
        {
            (leftEm, rightEm) = ink;
            return true;
        }
        leftEm = rightEm = 0;
        return false;
    }

    public bool TryGetAdvance(int codePoint, out double advanceEm)
    {
        var g = GlyphId(codePoint);
        if (g == 0 || g >= _advances.Length)
        {
            advanceEm = 0;
            return false;
        }
        advanceEm = _advances[g] / (double)UnitsPerEm;
        return true;
    }
}
