using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;

namespace ReportGen.Documents.Tests.Fonts;

public class HbSubsetTests
{
    private static string Bundled(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", file);

    /// <summary>
    /// The first subsets of a face are made from the plain face, later ones from the prepared face
    /// (hb_subset_preprocess, for batches); a PDF must not change with how many reports came before it.
    /// </summary>
    [Theory]
    [InlineData("gbsn00lp.ttf", 0)]
    [InlineData("wqy-zenhei.ttc", 1)]
    public void Prepared_and_plain_faces_give_byte_identical_subsets(string file, int faceIndex)
    {
        var face = OpenTypeFont.Load(Bundled(file), faceIndex);
        var codePoints = "二〇二四年政府信息公开工作年度报告（一）本机关收到申请123".Select(c => (int)c).Distinct().Order()
            .Where(cp => face.GlyphId(cp) != 0).ToArray();
        Assert.True(codePoints.Length > 20);
        var font = FontBytes.Of(File.ReadAllBytes(Bundled(file)));
        var subsets = Enumerable.Range(0, 6).Select(_ => HbSubset.Subset(font, faceIndex, codePoints)).ToList();

        Assert.All(subsets, s => Assert.Equal(subsets[0], s));
        // Read back: the subset maps every requested character to a glyph.
        var subset = OpenTypeFont.FromBytes(Bundled(file), 0, subsets[^1]);
        Assert.All(codePoints, cp => Assert.NotEqual(0, subset.GlyphId(cp)));
    }

    [Fact]
    public void Prepared_face_serves_other_character_sets_as_the_plain_face_does()
    {
        // Mapped from the file (as every font the catalog loads), against plain arrays read afresh.
        var font = OpenTypeFont.Load(Bundled("gkai00mp.ttf")).Bytes;
        var sets = new[] { "甲乙丙丁", "政府信息公开", "年度报告", "行政复议", "二〇二四" }
            .Select(s => s.Select(c => (int)c).Order().ToArray()).ToArray();
        // Fresh bytes: a face of its own, never prepared, so these are plain-face subsets.
        var plain = sets.Select(cps => HbSubset.Subset(FontBytes.Of(File.ReadAllBytes(Bundled("gkai00mp.ttf"))), 0, cps)).ToList();
        var shared = sets.Select(cps => HbSubset.Subset(font, 0, cps)).ToList();
        Assert.Equal(plain, shared);
    }
}
