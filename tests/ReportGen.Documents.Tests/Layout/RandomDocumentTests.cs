using ReportGen.Documents.Layout.Text;
using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Layout;

/// <summary>Random (seeded) documents: layout always terminates, keeps text inside the page and loses no text.</summary>
public class RandomDocumentTests
{
    private const string Pool = "政府信息公开工作年度报告，。、；：“”《》（）0123456789abcdefghijklmnop http://www.example.gov.cn/ —…";

    private static string Words(Random r, int max)
    {
        var n = r.Next(0, max);
        var chars = new char[n];
        for (var i = 0; i < n; i++) chars[i] = Pool[r.Next(Pool.Length)];
        return new string(chars);
    }

    private static Block RandomBlock(Random r) => r.Next(9) switch
    {
        0 => new Heading(r.Next(1, 5), T(Words(r, 40))),
        1 => new Table([.. Enumerable.Range(0, r.Next(1, 11)).Select(_ => new ColumnSpec(r.Next(1, 4)))], [], [], null, "表"),
        2 => RandomTable(r),
        3 => new Figure(new PlaceholderFigure(), Words(r, 30), Words(r, 30), r.Next(1, 9)),
        4 => new SignatureBlock([Words(r, 20)], r.Next(2) == 0 ? null : Words(r, 15)),
        5 => new PageBreak(),
        6 => new Paragraph(T(Words(r, 30)), (ParagraphKind)r.Next(5)),
        _ => new Paragraph(T(Words(r, 600))),
    };

    private static Table RandomTable(Random r)
    {
        var cols = r.Next(1, 11);
        var rows = new List<TableRow>();
        for (var i = 0; i < r.Next(1, 60); i++)
            rows.Add(new TableRow([.. Enumerable.Range(0, cols).Select(_ => C(Words(r, 25), rs: r.Next(10) == 0 ? r.Next(1, 30) : 1, cs: r.Next(8) == 0 ? r.Next(1, 4) : 1))]));
        return new Table([.. Enumerable.Range(0, cols).Select(_ => new ColumnSpec(r.Next(1, 4)))],
            [new TableRow([.. Enumerable.Range(0, cols).Select(c => C("列" + c, th: true))])], [.. rows], r.Next(2) == 0 ? null : Words(r, 20), "随机表");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_documents_lay_out_inside_the_page(int seed)
    {
        var r = new Random(seed);
        var blocks = Enumerable.Range(0, r.Next(5, 60)).Select(_ => RandomBlock(r)).ToImmutableArray();
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, blocks), new FixedFontProvider());
        var g = PageGeometry.GbT9704;
        foreach (var page in result.Pages)
        {
            foreach (var run in page.Items.OfType<GlyphRun>().Where(x => x.StructId >= 0))
            {
                Assert.True(run.X[0] >= g.Left - 0.01, $"seed {seed}: text left of the block");
                run.Font.TryGetAdvance(run.CodePoints[^1], out var em);
                // A line-end mark is pulled in by the line's gaps (行尾标点压缩): its whole em box stays inside.
                Assert.True(run.X[^1] + em * run.Size <= g.Right + 0.5, $"seed {seed}: text right of the block by {run.X[^1] + em * run.Size - g.Right:F2} pt (size {run.Size}, em {em}, x0 {run.X[0]:F1}, n {run.X.Length}, dx {string.Join(" ", run.X.Zip(run.X.Skip(1), (a, b) => (b - a).ToString("F1")))}): {run.Text}");
                Assert.True(run.Baseline <= g.Bottom + 0.01 || page.Items.OfType<RectItem>().Any(), $"seed {seed}: text below the block");
            }
        }
        Assert.True(result.Pages.Count < 1000);
    }

    /// <summary>A random document for the PDF writer (PdfSamples "random-11", "random-12").</summary>
    public static ReportDocument ForPdf(int seed)
    {
        var r = new Random(seed);
        var blocks = Enumerable.Range(0, r.Next(20, 40)).Select(_ => RandomBlock(r)).ToImmutableArray();
        return new ReportDocument(Small().Metadata, blocks);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Random_documents_make_well_formed_pdfs(int seed)
    {
        var pdf = Pdf.Inspection.PdfFile.Read(Pdf.PdfSamples.Get("random-" + seed));
        Assert.True(pdf.Problems.Count == 0, pdf.Report);
        Assert.NotEmpty(pdf.Pages);
    }
}
