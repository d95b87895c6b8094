using DocumentFormat.OpenXml.Wordprocessing;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;
using Doc = ReportGen.Documents.Document;

namespace ReportGen.Documents.Tests.Docx;

public class DocxStructureTests
{
    private static Paragraph[] TopLevelParagraphs(Doc.ReportDocument document, out Styles styles)
    {
        using var doc = Open(document);
        styles = (Styles)doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.CloneNode(true);
        return doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToArray();
    }

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void Headings_use_heading_styles_with_outline_levels()
    {
        var paragraphs = TopLevelParagraphs(SampleDocuments.Small(), out var styles);
        var headings = paragraphs.Where(p => StyleOf(p)?.StartsWith("Heading") == true)
            .Select(p => $"{StyleOf(p)} {p.InnerText}").ToArray();
        Assert.Equal(new[]
        {
            "Heading1 一、总体情况", "Heading2 （一）主动公开", "Heading3 1.政府网站", "Heading4 （1）栏目建设",
            "Heading1 二、收到和处理政府信息公开申请情况",
        }, headings);

        for (var level = 1; level <= 4; level++)
        {
            var style = styles.Elements<Style>().Single(s => s.StyleId == $"Heading{level}");
            Assert.Equal($"标题 {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Theory]
    [InlineData("Heading1", "黑体")]
    [InlineData("Heading2", "楷体_GB2312")]
    [InlineData("Heading3", "仿宋_GB2312")]
    [InlineData("Heading4", "仿宋_GB2312")]
    [InlineData("Title", "方正小标宋简体")]
    [InlineData("Normal", "仿宋_GB2312")]
    public void Styles_use_the_standard_faces_in_every_font_slot(string styleId, string face)
    {
        TopLevelParagraphs(SampleDocuments.Small(), out var styles);
        var style = styles.Elements<Style>().Single(s => s.StyleId == styleId);
        var fonts = style.StyleRunProperties!.RunFonts!;
        Assert.Equal(new[] { face, face, face }, new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.EastAsia?.Value });
        Assert.Null(style.StyleRunProperties.Bold); // GB/T 9704 headings are not bold
        var size = style.StyleRunProperties.FontSize!.Val!.Value;
        Assert.Equal(styleId == "Title" ? "44" : "32", size);
    }

    [Fact]
    public void Font_table_names_fallbacks_for_the_gb2312_faces()
    {
        using var doc = Open(SampleDocuments.Small());
        var fonts = doc.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("FangSong", fonts["仿宋_GB2312"]);
        Assert.Equal("KaiTi", fonts["楷体_GB2312"]);
        Assert.Equal("SimHei", fonts["黑体"]);
    }

    [Fact]
    public void Text_blocks_appear_in_model_order_with_their_styles()
    {
        var document = SampleDocuments.Small();
        var paragraphs = TopLevelParagraphs(document, out _)
            .Where(p => p.InnerText.Length > 0)
            .Select(p => $"{StyleOf(p)}:{p.InnerText}")
            .ToArray();
        var expected = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Doc.Title t: expected.AddRange(t.Lines.Select(l => "Title:" + l)); break;
                case Doc.Heading h: expected.Add($"Heading{h.Level}:{h.PlainText}"); break;
                case Doc.Paragraph p:
                    var style = p.Kind switch
                    {
                        Doc.ParagraphKind.Body => "BodyText", Doc.ParagraphKind.Centered => "CenteredText",
                        Doc.ParagraphKind.Note => "Note", Doc.ParagraphKind.Plain => "PlainText", _ => "RightText",
                    };
                    expected.Add($"{style}:{p.PlainText}");
                    break;
                case Doc.Figure f: expected.Add("FigureCaption:" + f.NumberedCaption); break;
                case Doc.SignatureBlock s:
                    expected.AddRange(s.Signers.Select(x => "Signature:" + x));
                    expected.Add("Signature:" + s.DateText);
                    break;
            }
        }
        Assert.Equal(expected, paragraphs);
    }

    [Fact]
    public void Body_style_indents_two_characters_and_justifies()
    {
        TopLevelParagraphs(SampleDocuments.Small(), out var styles);
        var body = styles.Elements<Style>().Single(s => s.StyleId == "BodyText");
        Assert.Equal(200, body.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        Assert.Equal(JustificationValues.Both, normal.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("579", normal.StyleParagraphProperties.SpacingBetweenLines!.Line!.Value); // 28.95 pt
        Assert.Equal(LineSpacingRuleValues.Exact, normal.StyleParagraphProperties.SpacingBetweenLines.LineRule!.Value);
    }

    [Fact]
    public void Line_breaks_become_w_br_and_strong_text_is_bold()
    {
        var paragraphs = TopLevelParagraphs(DocxTestDocuments.Full(), out _);
        var p = paragraphs.Single(x => x.InnerText == "第一行第二行");
        var runs = p.Elements<Run>().ToArray();
        Assert.Equal(3, runs.Length);
        Assert.NotNull(runs[1].GetFirstChild<Break>());
        Assert.Null(runs[0].RunProperties?.Bold);
        Assert.NotNull(runs[2].RunProperties?.Bold);
    }

    [Fact]
    public void Tabs_newlines_and_xml_invalid_characters_in_text_are_handled()
    {
        var document = SampleDocuments.Small() with
        {
            Blocks = System.Collections.Immutable.ImmutableArray.Create<Doc.Block>(
                new Doc.Paragraph(SampleDocuments.T("甲\t乙\r\n丙\u000B丁\u0001"))),
            Metadata = SampleDocuments.Small().Metadata with { Title = "标题\u0008" },
        };
        var bytes = WriteBytes(document);
        using var doc = Open(bytes);
        var run = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single();
        Assert.Equal(new[] { "Text:甲", "TabChar:", "Text:乙", "Break:", "Text:丙丁" },
            run.ChildElements.Select(e => $"{e.GetType().Name}:{e.InnerText}").ToArray());
        Assert.Equal("标题", doc.PackageProperties.Title);
    }

    [Fact]
    public void Page_break_becomes_page_break_before_on_the_next_paragraph()
    {
        var paragraphs = TopLevelParagraphs(DocxTestDocuments.Full(), out _);
        var breaking = Assert.Single(paragraphs, p => p.ParagraphProperties?.PageBreakBefore is not null);
        Assert.Equal("三、政府信息公开行政复议、行政诉讼情况", breaking.InnerText);
        Assert.DoesNotContain(paragraphs, p => p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page));
    }

    [Fact]
    public void Signature_is_right_indented_and_the_date_starts_two_characters_further_right()
    {
        var paragraphs = TopLevelParagraphs(SampleDocuments.Small(), out _);
        var signature = paragraphs.Where(p => StyleOf(p) == "Signature").ToArray();
        Assert.Equal(3, signature.Length);
        Assert.Equal("", signature[0].InnerText); // 空一行
        Assert.Equal("示例区人民政府办公室", signature[1].InnerText);
        Assert.Equal("2024年1月20日", signature[2].InnerText);
        // Signer: 10 characters, right indent 2. Date: 4 Chinese + 7 half-width digits = 6.5 characters; it starts
        // 2 further right than the signer, so its right indent is 2 + 10 − 6.5 − 2 = 3.5 characters.
        Assert.Equal(200, signature[1].ParagraphProperties!.Indentation!.RightChars!.Value);
        Assert.Equal(350, signature[2].ParagraphProperties!.Indentation!.RightChars!.Value);
        // The paragraph before the block keeps with it so the signature never stands alone on a page.
        var before = paragraphs[Array.IndexOf(paragraphs, signature[0]) - 1];
        Assert.NotNull(before.ParagraphProperties!.KeepNext);
    }
}
