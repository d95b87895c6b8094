using System.Globalization;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Fidelity;

/// <summary>
/// The layout rules of issue 18 read back from whole reports: glyph positions from the PDF itself
/// (PdfPig, in process) and table geometry from the page frames the PDF was written from.
/// </summary>
public sealed class PdfLayoutReadBackTests
{
    private const double HalfMm = 0.5 * PageGeometry.PointsPerMm;

    /// <summary>
    /// Where a full-width mark's ink half starts and ends: GB marks sit in the left half (「》，。」) or
    /// the right half (「《“」) of the em box. The blank between two such halves is what a reader sees.
    /// </summary>
    private static (double Start, double End) InkHalf(Letter l)
    {
        var x = l.StartBaseLine.X;
        var em = l.PointSize;
        return LineBreakRules.IsOpening(l.Value[0]) ? (x + em / 2, x + em) : (x, x + em / 2);
    }

    [Theory]
    [InlineData("data/changchun/2017.yaml")]
    [InlineData("data/chuanying/2018.yaml")]
    [InlineData("data/yunxi/2024.yaml")]
    [InlineData("data/shili/2024.yaml")]
    public void Adjacent_punctuation_leaves_at_most_half_an_em_between_marks(string file)
    {
        using var pdf = PdfDocument.Open(RenderedReports.Get(file).Pdf);
        var pairs = 0;
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters;
            for (var i = 1; i < letters.Count; i++)
            {
                var (a, b) = (letters[i - 1], letters[i]);
                if (a.Value.Length != 1 || b.Value.Length != 1 || !PunctuationSpacing.IsAdjustable(a.Value[0]) || !PunctuationSpacing.IsAdjustable(b.Value[0])) continue;
                if (Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) > 0.1 || b.StartBaseLine.X < a.StartBaseLine.X) continue;
                pairs++;
                var gap = InkHalf(b).Start - InkHalf(a).End;
                Assert.True(gap <= a.PointSize / 2 + 0.01, $"{file} page {page.Number}: 「{a.Value}{b.Value}」 {gap / a.PointSize:0.00} em apart");
            }
        }
        Assert.True(pairs > 0, "no adjacent punctuation found");
    }

    [Fact]
    public void The_preamble_sets_closing_and_opening_brackets_half_an_em_apart()
    {
        // 「…条例》（以下简称…」 in the statutory preamble: 》 then （, compressed to half an em.
        using var pdf = PdfDocument.Open(RenderedReports.Get("data/yunxi/2024.yaml").Pdf);
        var letters = pdf.GetPage(1).Letters;
        var at = Enumerable.Range(1, letters.Count - 1).First(i => letters[i - 1].Value == "》" && letters[i].Value == "（");
        // Half an em, less the body's tracking (28 characters to the 156 mm line).
        var advance = letters[at].StartBaseLine.X - letters[at - 1].StartBaseLine.X;
        Assert.InRange(advance / letters[at].PointSize, 0.45, 0.5);
    }

    /// <summary>Body rows (index within TBody) with text on each page, per table.</summary>
    private static List<List<List<int>>> BodyRowsPerPage(LayoutResult layout)
    {
        var tables = new List<List<List<int>>>();
        foreach (var table in layout.Structure.Children.Where(c => c.Type == "Table"))
        {
            var rowOf = new Dictionary<int, int>();
            if (table.Children.FirstOrDefault(c => c.Type == "TBody") is { } body)
                for (var r = 0; r < body.Children.Count; r++)
                    foreach (var cell in body.Children[r].Children) rowOf[cell.Id] = r;
            tables.Add(layout.Pages.Select(p => p.Items.OfType<GlyphRun>().Where(g => rowOf.ContainsKey(g.StructId))
                .Select(g => rowOf[g.StructId]).Distinct().ToList()).ToList());
        }
        return tables;
    }

    [Theory]
    [MemberData(nameof(RenderedReports.All), MemberType = typeof(RenderedReports))]
    public void No_table_starts_with_fewer_than_three_body_rows(string file)
    {
        var report = RenderedReports.Get(file);
        var bodies = report.Document.Blocks.OfType<Table>().Where(t => !t.BodyRows.IsDefaultOrEmpty).Select(t => t.BodyRows.Length).ToList();
        var tables = BodyRowsPerPage(report.Layout).Where(t => t.Any(p => p.Count > 0)).ToList();
        Assert.Equal(bodies.Count, tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var first = tables[t].First(p => p.Count > 0);
            Assert.True(first.Count >= Math.Min(3, bodies[t]), $"{file}: table {t + 1} starts with {first.Count} body rows");
        }
    }

    [Theory]
    [InlineData("data/shili/2024.yaml")]
    [InlineData("data/yunxi/2024.yaml")]
    [InlineData("data/yunxi-all/2024.yaml")]
    public void Table_three_continues_with_its_group_labels_marked_continued(string file)
    {
        using var pdf = PdfDocument.Open(RenderedReports.Get(file).Pdf);
        var pages = pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)).Replace(" ", "")).ToList();
        var first = pages.FindIndex(p => p.Contains("三、本年度办理结果", StringComparison.Ordinal));
        var last = pages.FindLastIndex(p => p.Contains("（七）总计", StringComparison.Ordinal));
        Assert.True(first >= 0 && last >= first);
        Assert.True(last > first, $"{file}: table 三's result group fits one page; choose a report where it continues");
        for (var p = first + 1; p <= last; p++)
            Assert.Contains("三、本年度办理结果（续）", pages[p]);
        Assert.DoesNotContain("（续）", pages[first]);
    }

    [Theory]
    [InlineData("data/shili/2024.yaml")]
    [InlineData("data/yunxi/2024.yaml")]
    [InlineData("data/lingdong/2018.yaml")]
    public void Numbers_are_centred_vertically_in_their_cells(string file)
    {
        var layout = RenderedReports.Get(file).Layout;
        var numbers = 0;
        foreach (var page in layout.Pages)
        {
            var rects = page.Items.OfType<RectItem>().ToList();
            foreach (var run in page.Items.OfType<GlyphRun>().Where(r => r.StructId >= 0 && IsNumber(r.Text)))
            {
                var cell = rects.Where(r => r.X <= run.X[0] && run.X[0] <= r.X + r.Width && r.Y <= run.Baseline && run.Baseline <= r.Y + r.Height)
                    .OrderBy(r => r.Width * r.Height).FirstOrDefault();
                if (cell is null) continue; // a number in running text
                numbers++;
                // The em box spans 0.88 em above the baseline and 0.12 em below: its centre is 0.38 em up.
                var centre = run.Baseline - 0.38 * run.Size;
                Assert.True(Math.Abs(centre - (cell.Y + cell.Height / 2)) <= HalfMm,
                    $"{file} page {page.Number}: {run.Text} is {(centre - cell.Y - cell.Height / 2) / PageGeometry.PointsPerMm:0.00} mm off its row's centre");
            }
        }
        Assert.True(numbers > 20, $"only {numbers} numbers in tables");
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || c is '.' or '%');

    [Theory]
    [MemberData(nameof(RenderedReports.All), MemberType = typeof(RenderedReports))]
    public void The_pdf_prints_the_title_lines_of_the_model(string file)
    {
        var report = RenderedReports.Get(file);
        var title = report.Document.Blocks.OfType<Title>().SingleOrDefault();
        if (title is null || title.Lines.IsDefaultOrEmpty) return;
        using var pdf = PdfDocument.Open(report.Pdf);
        var letters = pdf.GetPage(1).Letters.Where(l => l.PointSize > 20).ToList();
        var lines = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))).ToList();
        Assert.Equal(title.Lines, lines);
        Assert.All(title.Lines, l => Assert.True(TitleLines.Em(l) <= TitleLines.BlockEm, l));
    }

    [Fact]
    public void A_report_without_a_date_has_no_date_in_its_pdf_metadata()
    {
        var report = RenderedReports.Get("data/changbaishan/2018.yaml");
        Assert.Null(report.Document.Metadata.Date);
        var text = System.Text.Encoding.Latin1.GetString(report.Pdf);
        Assert.DoesNotContain("/CreationDate", text);
        Assert.DoesNotContain("/ModDate", text);
        Assert.DoesNotContain("xmp:CreateDate", text);
        using var pdf = PdfDocument.Open(report.Pdf);
        Assert.Null(pdf.Information.CreationDate);
        // A dated report keeps its 成文日期, and identical input still gives identical bytes.
        var dated = RenderedReports.Get("data/yunxi/2024.yaml");
        Assert.Contains("/CreationDate (D:20250325000000+08'00')", System.Text.Encoding.Latin1.GetString(dated.Pdf));
        using var again = new MemoryStream();
        new ReportGen.Documents.Writers.Pdf.PdfWriter(new ReportGen.Documents.Fonts.FontOptions { UseInstalledFonts = false }).Write(report.Document, again);
        Assert.Equal(report.Pdf, again.ToArray());
    }

    /// <summary>
    /// The archive's geometry check (pdfgeom, poppler's word boxes) on every report: each glyph's advance box — not
    /// only its ink — lies inside the 156 mm block, and full lines span it. A line-end mark pulled in by its blank
    /// half once stood half an em past the block (158.9 mm) in all 13 reports.
    /// </summary>
    [Theory]
    [MemberData(nameof(RenderedReports.All), MemberType = typeof(RenderedReports))]
    public void Every_glyph_box_stays_inside_the_gbt9704_block(string file)
    {
        var g = PageGeometry.GbT9704;
        using var pdf = PdfDocument.Open(RenderedReports.Get(file).Pdf);
        var widest = 0.0;
        foreach (var page in pdf.GetPages())
        {
            var body = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.StartBaseLine.Y < g.Bottom + HalfMm).ToList();
            foreach (var l in body)
            {
                Assert.True(l.StartBaseLine.X >= g.Left - HalfMm, $"{file} page {page.Number}: 「{l.Value}」 starts left of the block");
                Assert.True(l.EndBaseLine.X <= g.Right + HalfMm,
                    $"{file} page {page.Number}: 「{l.Value}」 ends {(l.EndBaseLine.X - g.Right) / PageGeometry.PointsPerMm:0.0} mm right of the block");
            }
            foreach (var line in body.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
                widest = Math.Max(widest, line.Max(l => l.EndBaseLine.X) - line.Min(l => l.StartBaseLine.X));
        }
        Assert.Equal(156, widest / PageGeometry.PointsPerMm, 0.5);
    }
}
