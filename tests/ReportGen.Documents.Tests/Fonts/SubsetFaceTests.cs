using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;

namespace ReportGen.Documents.Tests.Fonts;

/// <summary>
/// The PDF writer reads a subset's glyphs and advances through <see cref="SubsetFace"/> (in place, no dense table);
/// it answers exactly as the full parse (<see cref="OpenTypeFont"/>) does, for subsets and for whole faces: format 4
/// (TrueType fonts) and format 12 (the CFF face) cmaps, glyphs past hmtx's last metric.
/// </summary>
public class SubsetFaceTests
{
    private static string Bundled(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", file);
    private static string TestFont(string file) => Path.Combine(TestFiles.Project, "Fonts", "TestFonts", file);

    public static TheoryData<string, int> Faces() => new()
    {
        { Bundled("gbsn00lp.ttf"), 0 },
        { Bundled("gkai00mp.ttf"), 0 },
        { Bundled("wqy-zenhei.ttc"), 1 },
        { TestFont("NotoSerifCJKsc-Regular-TestSubset.otf"), 0 },
    };

    [Theory]
    [MemberData(nameof(Faces))]
    public void A_subset_is_read_as_the_full_parse_reads_it(string path, int faceIndex)
    {
        var face = OpenTypeFont.Load(path, faceIndex);
        var codePoints = "二〇二四年政府信息公开工作年度报告（一）本机关收到申请，123%。“《条例》”ABC"
            .Select(c => (int)c).Distinct().Order().Where(cp => face.GlyphId(cp) != 0).ToArray();
        Assert.True(codePoints.Length > 10);
        var bytes = HbSubset.Subset(face.Bytes, faceIndex, codePoints);

        AssertSameAnswers(OpenTypeFont.FromBytes(path, 0, bytes), new SubsetFace(bytes), Enumerable.Range(0, 0x10000));
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void A_whole_face_is_read_as_the_full_parse_reads_it(string path, int faceIndex)
    {
        var bytes = File.ReadAllBytes(path);
        // A collection's face is read from its own offset; the check reads a single-face file, so take face 0 there.
        if (faceIndex != 0) return;
        AssertSameAnswers(OpenTypeFont.FromBytes(path, 0, bytes), new SubsetFace(bytes), Enumerable.Range(0, 0x10000).Concat([0x20000, 0x2A6D6, 0x10FFFF]));
    }

    private static void AssertSameAnswers(OpenTypeFont expected, SubsetFace actual, IEnumerable<int> codePoints)
    {
        Assert.Equal(expected.UnitsPerEm, actual.UnitsPerEm);
        var mapped = 0;
        foreach (var cp in codePoints)
        {
            var gid = expected.GlyphId(cp);
            Assert.True(gid == actual.GlyphId(cp), $"U+{cp:X4}: glyph {actual.GlyphId(cp)}, the full parse says {gid}");
            if (gid != 0) mapped++;
        }
        Assert.True(mapped > 10);
        for (var gid = 0; gid < 70000; gid += gid < 2000 ? 1 : 97)
            Assert.True(expected.AdvanceUnits(gid) == actual.AdvanceUnits(gid), $"glyph {gid}: advance {actual.AdvanceUnits(gid)}, the full parse says {expected.AdvanceUnits(gid)}");
    }
}
