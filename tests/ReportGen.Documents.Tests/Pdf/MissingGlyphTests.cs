using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Pdf;

public class MissingGlyphTests
{
    [Fact]
    public void A_character_no_bundled_font_has_is_a_chinese_diagnostic_with_position_and_fonts()
    {
        const int cp = 0x2A6D6; // CJK Extension B, outside GBK: none of the bundled fonts has it.
        var stack = PdfFixture.Writer.Fonts.GetStack(TextRole.Body);
        Assert.False(stack.TryResolve(cp, out _, out _));
        var doc = SampleDocuments.Small();
        var bad = new Paragraph(SampleDocuments.T("数据" + char.ConvertFromUtf32(cp))) { Span = new SourceSpan("data/2023.yaml", 40, 7) };
        var broken = doc with { Blocks = doc.Blocks.Add(bad) };
        var ex = Assert.Throws<ReportGenException>(() => PdfFixture.Render(broken));
        var d = Assert.Single(ex.Diagnostics);
        Assert.True(d.IsError);
        Assert.Equal("data/2023.yaml:40:7", d.Span!.ToString());
        Assert.Contains("U+2A6D6", d.Message);
        Assert.Contains(char.ConvertFromUtf32(cp), d.Message);
        Assert.Contains("gbsn00lp.ttf", d.Message);
        Assert.Contains("wqy-zenhei.ttc", d.Message);
        Assert.Contains("gkai00mp.ttf", d.Message);
    }
}
