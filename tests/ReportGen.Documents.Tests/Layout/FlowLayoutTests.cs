using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Layout;

public class FlowLayoutTests
{
    private static readonly PageGeometry G = PageGeometry.GbT9704;
    private const double Mm = PageGeometry.PointsPerMm;

    private static LayoutResult Lay(params Block[] blocks)
        => DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [.. blocks]), new FixedFontProvider());

    private static List<GlyphRun> Runs(PageFrame page, bool content = true)
        => page.Items.OfType<GlyphRun>().Where(r => (r.StructId >= 0) == content).ToList();

    private static string Body(int chars) => string.Concat(Enumerable.Range(0, chars).Select(i => "政府信息公开工作年度报告"[i % 12]));

    [Fact]
    public void Body_text_sits_on_the_gbt9704_grid()
    {
        var result = Lay(new Paragraph(T(Body(28 * 3))));
        var runs = Runs(result.Pages[0]);
        // First line: indented two characters, glyph top at the 37 mm 天头.
        Assert.Equal(28 * Mm + 2 * G.CharPitch, runs[0].X[0], 3);
        Assert.Equal(37 * Mm, runs[0].Baseline - 0.88 * 16, 3);
        // 28 characters per full line, 156 mm wide, lines 225/22 mm apart.
        var second = runs[1];
        Assert.Equal(28, second.CodePoints.Length);
        Assert.Equal(28 * Mm, second.X[0], 3);
        Assert.Equal((28 + 156) * Mm, second.X[^1] + G.CharPitch, 3);
        Assert.Equal(225.0 / 22 * Mm, second.Baseline - runs[0].Baseline, 3);
    }

    [Fact]
    public void A_page_holds_22_lines_and_the_rest_flows_on()
    {
        var result = Lay(new Paragraph(T(Body(28 * 30))));
        Assert.Equal(2, result.Pages.Count);
        Assert.Equal(22, Runs(result.Pages[0]).Count);
        var last = Runs(result.Pages[0])[^1];
        Assert.True(last.Baseline + 0.12 * 16 <= G.Bottom + 0.01);
    }

    [Fact]
    public void Page_numbers_are_14pt_dashes_7mm_below_the_block_outside_aligned()
    {
        var result = Lay(new Paragraph(T(Body(28 * 30))));
        var odd = Runs(result.Pages[0], content: false);
        var even = Runs(result.Pages[1], content: false);
        Assert.Equal("— 1 —", string.Concat(odd.Select(r => r.Text)));
        Assert.All(odd.Concat(even), r => Assert.Equal(14, r.Size));
        Assert.Equal((37 + 225 + 7) * Mm, odd[0].Baseline - 0.88 * 14, 3);
        // Odd: right edge one character (14 pt) inside the block; even: left edge one character inside.
        Assert.Equal((28 + 156) * Mm - 14, odd[^1].X[^1] + 14, 3);
        Assert.Equal(28 * Mm + 14, even[0].X[0], 3);
    }

    [Fact]
    public void Widow_and_orphan_control_keeps_two_lines_together()
    {
        // 21 lines of filler leave one line on page 1: a 3-line paragraph must not leave one line behind.
        var filler = new Paragraph(T(Body(28 * 21 - 2)));
        var result = Lay(filler, new Paragraph(T(Body(28 * 2 + 10))));
        Assert.Equal(21, Runs(result.Pages[0]).Count);
        Assert.Equal(3, Runs(result.Pages[1]).Count);
    }

    [Fact]
    public void Heading_keeps_with_next()
    {
        var filler = new Paragraph(T(Body(28 * 21 - 2)));
        var result = Lay(filler, new Heading(1, T("一、总体情况")), new Paragraph(T(Body(40))));
        Assert.Equal(21, Runs(result.Pages[0]).Count);
        Assert.StartsWith("一、", Runs(result.Pages[1])[0].Text);
        Assert.Equal(1, result.Outline[0].PageIndex);
    }

    [Fact]
    public void Signature_is_never_alone_on_a_page()
    {
        // 20 full lines: the signature (blank line + signer + date) does not fit; the last two lines go with it.
        var text = new Paragraph(T(Body(28 * 20 - 2)));
        var result = Lay(text, new SignatureBlock(["示例区人民政府办公室"], "2024年1月20日"));
        Assert.Equal(2, result.Pages.Count);
        var page2 = Runs(result.Pages[1]);
        Assert.Equal(4, page2.Count);
        Assert.Equal("示例区人民政府办公室", page2[2].Text);
    }

    [Fact]
    public void Signature_is_placed_two_characters_from_the_right_with_the_date_two_further_in()
    {
        var result = Lay(new Paragraph(T("正文。")), new SignatureBlock(["示例区人民政府办公室"], "2024年1月20日"));
        var runs = Runs(result.Pages[0]);
        var signer = runs.Single(r => r.Text == "示例区人民政府办公室");
        var date = runs.Where(r => r.Baseline > signer.Baseline).OrderBy(r => r.X[0]).ToList();
        Assert.Equal(G.Right - 2 * G.CharPitch, signer.X[^1] + G.CharPitch, 3);
        Assert.Equal(signer.X[0] + 2 * G.CharPitch, date[0].X[0], 3);
        Assert.Equal(2 * G.LinePitch, signer.Baseline - runs[0].Baseline, 3);
    }

    [Fact]
    public void Structure_tree_and_outline_follow_the_document()
    {
        var result = DocumentLayouter.Layout(Small(), new FixedFontProvider());
        var types = result.Structure.Children.Select(c => c.Type).ToList();
        // The title is the H1, report headings follow one level down (as the HTML's h1 and h2–h5).
        Assert.Equal(["H1", "P", "P", "H2", "H3"], types.Take(5));
        var table = result.Structure.Children.Single(c => c.Type == "Table");
        Assert.Equal(["THead", "TBody"], table.Children.Select(c => c.Type));
        Assert.All(table.Children.SelectMany(c => c.Children), tr => Assert.Equal("TR", tr.Type));
        var figure = result.Structure.Children.Single(c => c.Type == "Figure");
        Assert.Equal("Caption", figure.Children.Single().Type);
        Assert.Equal(["一、总体情况", "（一）主动公开", "1.政府网站", "（1）栏目建设", "二、收到和处理政府信息公开申请情况"], result.Outline.Select(o => o.Title));
        Assert.Equal([1, 2, 3, 4, 1], result.Outline.Select(o => o.Level));
    }

    [Fact]
    public void Missing_glyph_is_an_error_naming_character_position_and_fonts()
    {
        var provider = new FixedFontProvider(new FixedFont("甲字体", c => c != '㐀'), new FixedFont("乙字体", c => c != '㐀'));
        var block = new Paragraph(T("正文㐀字")) { Span = new Diagnostics.SourceSpan("data/2023.yaml", 12, 5) };
        var ex = Assert.Throws<Diagnostics.ReportGenException>(() =>
            DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [block]), provider));
        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("data/2023.yaml:12:5", d.Span!.ToString());
        Assert.Contains("“㐀”", d.Message);
        Assert.Contains("U+3400", d.Message);
        Assert.Contains("甲字体", d.Message);
        Assert.Contains("乙字体", d.Message);
    }

    [Fact]
    public void Fallback_font_fills_gaps_of_the_first()
    {
        var first = new FixedFont("first", c => c != '镕');
        var second = new FixedFont("second");
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [new Paragraph(T("朱镕基"))]), new FixedFontProvider(first, second));
        var runs = Runs(result.Pages[0]);
        Assert.Equal(["朱", "镕", "基"], runs.Select(r => r.Text));
        Assert.Same(second, runs[1].Font);
    }

    [Fact]
    public void Page_break_starts_a_new_page_only_when_the_page_has_content()
    {
        var result = Lay(new PageBreak(), new Paragraph(T("甲")), new PageBreak(), new PageBreak(), new Paragraph(T("乙")));
        Assert.Equal(2, result.Pages.Count);
        Assert.Equal("乙", Runs(result.Pages[1])[0].Text);
    }

    [Fact]
    public void Strong_text_is_marked_on_its_own_run()
    {
        var result = Lay(new Paragraph([new Text("（二）依申请公开。", Strong: true), new Text("规范办理程序。")]));
        var runs = Runs(result.Pages[0]);
        Assert.True(runs[0].Strong);
        Assert.Equal("（二）依申请公开。", runs[0].Text);
        Assert.False(runs[1].Strong);
    }

    [Fact]
    public void Degenerate_blocks_do_not_break_layout()
    {
        var empty = new Table([], [], [], null, "空表");
        var result = Lay(new Paragraph([]), new Heading(1, []), empty, new Title([]), new SignatureBlock([], null), new Paragraph(T("末")));
        Assert.Equal("末", Runs(result.Pages[^1]).Last().Text);
    }
}
