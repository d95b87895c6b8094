using System.IO.Compression;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

public class ActualTextTests
{
    [Fact]
    public void A_glyph_shared_by_two_code_points_gets_actual_text()
    {
        var font = (OpenTypeFont)PdfFixture.Writer.Fonts.GetStack(global::ReportGen.Documents.Layout.Text.TextRole.Body).Fonts[0];
        var embedded = new EmbeddedFont
        {
            BaseFont = "AAAAAA+Test", FontFile = [], FontFileLength = 0, ToUnicode = [], Widths = new() { [1] = 1000 }, Kind = EmbeddedFontKind.TrueType,
            Glyphs = new() { ['甲'] = new(1, 1000), ['乙'] = new(1, 1000) }, Ambiguous = ['乙'], BBox = [0, 0, 1000, 1000], CapHeight = 700, ItalicAngle = 0, StemV = 80,
        };
        var page = new PageFrame(595, 842, 1);
        page.Items.Add(new GlyphRun(font, 16, 100, ['甲'], [100]) { StructId = 0 });
        page.Items.Add(new GlyphRun(font, 16, 130, ['乙'], [100]) { StructId = 0 });
        var writer = new ContentStreamWriter(new Dictionary<OpenTypeFont, PdfFace> { [font] = new(new PdfFontResource("F1", embedded)) }, ["P"], new());
        var content = writer.Write(page);
        using var z = new ZLibStream(new MemoryStream(content.Stream), CompressionMode.Decompress);
        var text = new StreamReader(z).ReadToEnd();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "ActualText"));
        Assert.Contains("/Span <</ActualText <FEFF4E59>>> BDC", text);
    }
}
