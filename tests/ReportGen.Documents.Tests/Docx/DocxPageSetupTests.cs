using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;

namespace ReportGen.Documents.Tests.Docx;

public class DocxPageSetupTests
{
    [Fact]
    public void Section_is_a4_with_gb9704_margins_and_a_22_by_28_grid()
    {
        using var doc = Open(SampleDocuments.Small());
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1588u, 1474u, 1984), (margin.Top!.Value, margin.Left!.Value, margin.Right!.Value, margin.Bottom!.Value));

        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
        // 22 lines fit the 225 mm block, a 23rd does not.
        var blockHeight = 16838 - 2098 - 1984;
        Assert.Equal(22, blockHeight / grid.LinePitch.Value);
        // 28 characters of (16 pt + body tracking) fit the 156 mm block, a 29th does not.
        var normal = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Normal");
        var pitchPt = 16 + normal.StyleRunProperties!.GetFirstChild<Spacing>()!.Val!.Value / 20.0;
        Assert.Equal(28, (int)((11906 - 1588 - 1474) / 20.0 / pitchPt));
    }

    [Fact]
    public void Odd_and_even_footers_carry_a_page_field_between_em_dashes()
    {
        using var doc = Open(SampleDocuments.Small());
        var main = doc.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var references = section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        Assert.Equal(2, references.Count);

        var odd = ((FooterPart)main.GetPartById(references[HeaderFooterValues.Default])).Footer!;
        var even = ((FooterPart)main.GetPartById(references[HeaderFooterValues.Even])).Footer!;
        foreach (var footer in new[] { odd, even })
        {
            Assert.Equal(" PAGE ", footer.Descendants<FieldCode>().Single().Text);
            Assert.StartsWith("— ", footer.InnerText);
            Assert.EndsWith(" —", footer.InnerText);
            Assert.Equal(3, footer.Descendants<FieldChar>().Count()); // begin, separate, end
        }
        Assert.Equal(JustificationValues.Right, odd.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal("280", odd.Descendants<Indentation>().Single().Right!.Value); // 居右空一字 (14 pt)
        Assert.Equal(JustificationValues.Left, even.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal("280", even.Descendants<Indentation>().Single().Left!.Value);

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
    }

    [Fact]
    public void Page_numbers_are_sihao_songti()
    {
        using var doc = Open(SampleDocuments.Small());
        var footerStyle = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Footer");
        Assert.Equal("宋体", footerStyle.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("28", footerStyle.StyleRunProperties.FontSize!.Val!.Value);
    }

    [Fact]
    public void Footer_line_top_sits_seven_millimetres_below_the_text_block()
    {
        using var doc = Open(SampleDocuments.Small());
        var margin = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;
        // Footer distance + one exact 14 pt line = 35 mm − 7 mm above the paper edge (±0.5 mm).
        var topOfNumbersMm = (margin.Footer!.Value + 280) / 1440.0 * 25.4;
        Assert.InRange(topOfNumbersMm, 27.5, 28.5);
    }
}
