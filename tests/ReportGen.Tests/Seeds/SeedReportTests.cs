using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Seeds;

/// <summary>
/// The five published seed reports, transcribed into data/: each must build (published mistakes are
/// acknowledged, so they warn), and its generated DOCX must carry every number and heading of the
/// seed, in order. Goldens keep the document tree and the DOCX structure reviewable in diffs.
/// </summary>
public class SeedReportTests
{
    public static TheoryData<string, string> Seeds => new()
    {
        { "000", "changbaishan/2018" },
        { "001", "jilin-jingkai/2018" },
        { "002", "lingdong/2018" },
        { "003", "changchun/2017" },
        { "004", "chuanying/2018" },
    };

    private static string DataFile(string report) => Path.Combine(Repo.Data, report + ".yaml");

    private static ReportDocument Compose(string report)
    {
        var (document, _, diagnostics) = TempWorkspace.Pipeline().Compose(DataFile(report));
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return document!;
    }

    private static byte[] Docx(ReportDocument document)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, stream);
        return stream.ToArray();
    }

    private static string SeedText(string seed)
        => File.ReadAllText(Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), seed + "_*.txt").Single());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_text_contains_every_number_and_heading_of_the_seed_in_order(string seed, string report)
    {
        var text = DocxText.PlainText(Docx(Compose(report)));
        var (numbers, headings, missing) = SeedCompare.Score(SeedText(seed), text);
        Assert.True(numbers == 1.0, $"seed {seed}: numbers share {numbers:F3}");
        Assert.True(headings == 1.0, $"seed {seed}: headings missing: {string.Join("、", missing)}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_tree_matches_golden(string seed, string report)
    {
        _ = seed;
        Golden.Assert(Golden.Name(DataFile(report), "document"), DocumentDumper.Dump(Compose(report)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_structure_matches_golden_and_validates(string seed, string report)
    {
        _ = seed;
        var bytes = Docx(Compose(report));
        Golden.Assert(Golden.Name(DataFile(report), "docx"), DocxText.Structure(bytes));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Docx_headings_have_outline_levels_in_data_order(string seed, string report)
    {
        _ = seed;
        var document = Compose(report);
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx(document)), false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        var headings = doc.MainDocumentPart.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText))
            .Where(p => p.Style is not null && styles[p.Style].StyleParagraphProperties?.OutlineLevel is not null)
            .Select(p => (Level: styles[p.Style!].StyleParagraphProperties!.OutlineLevel!.Val!.Value + 1, p.Text))
            .ToList();
        var expected = document.Blocks.OfType<Heading>().Select(h => (h.Level, h.PlainText)).ToList();
        Assert.Equal(expected, headings);
    }

    [Fact]
    public void Seed_002_statistics_table_is_written_with_every_row_and_value()
    {
        var bytes = Docx(Compose("lingdong/2018"));
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Last();
        var rows = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(new[] { "统计指标", "单位", "统计数" }, rows[0]);
        Assert.NotNull(table.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(66, rows.Count);
        Assert.Contains(rows, r => r[0].StartsWith("（一）主动公开政府信息数") && r[2] == "682");
        Assert.Contains(rows, r => r[0] == "2.兼职人员数" && r[1] == "人" && r[2] == "43");
        // The published total stays as published (1), the checker warns about it (R16).
        Assert.Contains(rows, r => r[0] == "（三）从事政府信息公开工作人员数" && r[2] == "1");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Html_parses_with_headings_and_escaped_text(string seed, string report)
    {
        _ = seed;
        var document = Compose(report);
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, stream);
        var html = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var dom = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("zh-CN", dom.DocumentElement.GetAttribute("lang"));
        var headings = dom.QuerySelectorAll("h2, h3, h4, h5").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(document.Blocks.OfType<Heading>().Select(h => h.PlainText), headings);
        Assert.Empty(dom.QuerySelectorAll("script"));
        var (numbers, _, _) = SeedCompare.Score(SeedText(seed), dom.Body!.TextContent);
        Assert.Equal(1.0, numbers);
    }
}
