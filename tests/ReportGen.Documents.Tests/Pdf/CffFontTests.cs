using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Tests.Fonts;
using ReportGen.Documents.Tests.Pdf.Inspection;
using ReportGen.Testing;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// CFF-outline fonts (Noto/Source Han CJK) embed as CIDFontType0C. The shipped CFF test font makes this run
/// everywhere; the full installed Noto CJK collection (a face of a .ttc) is the external second case.
/// </summary>
public class CffFontTests
{
    [Fact]
    public void The_cff_test_font_covers_the_sample_with_cff_outlines()
    {
        var font = OpenTypeFont.Load(CffTestFont.FilePath);
        Assert.True(font.IsCff);
        Assert.Contains(CffTestFont.Family, font.FamilyNames);
        var missing = CffTestFont.CodePoints().Where(cp => font.GlyphId(cp) == 0).Select(char.ConvertFromUtf32).ToList();
        Assert.True(missing.Count == 0, $"the CFF test font lacks {string.Concat(missing)}: remake it ({nameof(CffTestFont)})");
    }

    [Fact]
    public void Cff_font_embeds_as_a_cidfonttype0c_subset_and_extracts_exactly()
    {
        var doc = SampleDocuments.Small();
        var pdf = Render(CffTestFont.WriterFor(new FontSource(CffTestFont.FilePath)), doc);
        AssertEmbeddedAsCff(pdf, doc);
        Assert.True(pdf.Length < 100 * 1024, $"{pdf.Length / 1024} KB");
    }

    [ExternalFact("NotoSerifCJK-Regular.ttc")]
    public void The_installed_noto_cjk_collection_embeds_the_same_way_and_the_test_font_is_its_subset()
    {
        var noto = Path.GetDirectoryName(ExternalPrograms.Find("NotoSerifCJK-Regular.ttc"))!;
        Assert.True(new InstalledFontIndex([noto]).TryFind(CffTestFont.Family, out var serif));
        Assert.EndsWith("NotoSerifCJK-Regular.ttc", serif.Path); // the regular face, not the bold sibling
        var subset = CffTestFont.Make(serif);
        if (Environment.GetEnvironmentVariable("REPORTGEN_ACCEPT") == "1") File.WriteAllBytes(CffTestFont.FilePath, subset);
        var made = OpenTypeFont.FromBytes("made", 0, subset);
        var shipped = OpenTypeFont.Load(CffTestFont.FilePath);
        Assert.Equal(made.FamilyNames, shipped.FamilyNames);
        Assert.Equal(CffTestFont.CodePoints().Select(made.GlyphId), CffTestFont.CodePoints().Select(shipped.GlyphId));

        var doc = SampleDocuments.Small();
        AssertEmbeddedAsCff(Render(CffTestFont.WriterFor(serif), doc), doc);
    }

    private static byte[] Render(global::ReportGen.Documents.Writers.Pdf.PdfWriter writer, ReportDocument doc)
    {
        using var ms = new MemoryStream();
        writer.Write(doc, ms);
        return ms.ToArray();
    }

    private static void AssertEmbeddedAsCff(byte[] pdf, ReportDocument doc)
    {
        var file = PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
        var fonts = PdfFonts.Describe(file);
        Assert.NotEmpty(fonts);
        Assert.Equal(0, PdfFonts.Type3Count(file));
        // Every role uses the CFF font and it covers the whole text: no fallback font comes in.
        Assert.All(fonts, f =>
        {
            Assert.Equal("CID Type 0C", f.Type);
            Assert.True(f.Embedded && f.SubsetTag && f.CidKeyed && f.HasToUnicode, f.ToString());
            // A subset: the characters and what layout features reach from them, not the face's 65,535 glyphs.
            Assert.InRange(f.GlyphCount, 2, 4 * CffTestFont.CodePoints().Count);
        });
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
    }
}
