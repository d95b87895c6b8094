using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Document;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfReadBackTests
{
    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [Fact]
    public void Qpdf_check_is_clean()
    {
        var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", PdfFixture.SamplePath);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("No syntax or stream encoding errors", stdout);
        Assert.DoesNotContain("WARNING", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PdfPig_text_equals_document_text_in_reading_order()
    {
        using var pdf = PdfDocument.Open(PdfFixture.Sample);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Equal(DocumentText.Of(SampleDocuments.Small()), DocumentText.Normalize(text));
    }

    [Fact]
    public void Pdftotext_equals_document_text_in_reading_order()
    {
        var (exit, stdout, stderr) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-raw", PdfFixture.SamplePath, "-");
        Assert.True(exit == 0, stderr);
        Assert.Equal(DocumentText.Of(SampleDocuments.Small()), DocumentText.Normalize(stdout));
    }

    [Fact]
    public void Fonts_are_embedded_subset_with_unicode_maps_and_none_is_type3()
    {
        var (exit, stdout, stderr) = ExternalTool.Run("pdffonts", PdfFixture.SamplePath);
        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+", row);
            Assert.Contains("CID TrueType", row);
            Assert.DoesNotContain("Type 3", row);
            Assert.Matches(@"yes\s+yes\s+yes\s+\d+\s+0\s*$", row);
        }
    }

    [Fact]
    public void Pdfpig_sees_embedded_fonts_and_no_notdef()
    {
        using var pdf = PdfDocument.Open(PdfFixture.Sample);
        foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters)
            {
                Assert.NotEqual("\uFFFD", letter.Value);
                Assert.NotEqual("\0", letter.Value);
                Assert.Matches(@"^[A-Z]{6}\+", letter.FontName);
            }
    }

    [Fact]
    public void Structure_tree_language_and_pdfa_identification_are_present()
    {
        var raw = Latin1(PdfFixture.Sample);
        Assert.StartsWith("%PDF-1.7", raw);
        Assert.Contains("/StructTreeRoot", raw);
        Assert.Contains("/MarkInfo <</Marked true>>", raw);
        Assert.Contains("/Lang <FEFF007A0068002D0043004E>", raw); // zh-CN
        Assert.Contains("/S /Document", raw);
        Assert.Contains("/S /H1", raw);
        Assert.Contains("/S /Table", raw);
        Assert.Contains("/S /TH", raw);
        Assert.Contains("/RowSpan 2", raw);
        Assert.Contains("/ColSpan 3", raw);
        Assert.Contains("/S /Figure", raw);
        Assert.Contains("/Alt <FEFF", raw);
        Assert.Contains("/PageLabels", raw);
        Assert.Contains("/OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1", raw);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", raw);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", raw);
        var (_, info, _) = ExternalTool.Run("pdfinfo", PdfFixture.SamplePath);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.Contains("示例区人民政府2023年政府信息公开工作年度报告", info);
    }

    [Fact]
    public void Xmp_is_well_formed_and_matches_the_info_dictionary()
    {
        var raw = Encoding.UTF8.GetString(PdfFixture.Sample);
        var start = raw.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = raw.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        var xmp = System.Xml.Linq.XDocument.Parse(raw[start..end]);
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/", rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var title = xmp.Descendants(dc + "title").Single().Descendants(rdf + "li").Single().Value;
        Assert.Equal(SampleDocuments.Small().Metadata.Title, title);
        Assert.Equal("示例区人民政府", xmp.Descendants(dc + "creator").Single().Descendants(rdf + "li").Single().Value);
        Assert.Contains("<xmp:CreateDate>2024-01-20T00:00:00+08:00</xmp:CreateDate>", raw);
        Assert.Contains("/CreationDate (D:20240120000000+08'00')", raw);
    }

    [Fact]
    public void Outline_lists_the_headings()
    {
        using var pdf = PdfDocument.Open(PdfFixture.Sample);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(["一、总体情况", "二、收到和处理政府信息公开申请情况"], top);
        Assert.Equal("（一）主动公开", bookmarks.Roots[0].Children[0].Title);
    }

    [Fact]
    public void Output_is_deterministic_across_runs_and_writer_instances()
    {
        var again = PdfFixture.Render(SampleDocuments.Small());
        Assert.Equal(PdfFixture.Sample, again);
        var fresh = new global::ReportGen.Documents.Writers.Pdf.PdfWriter(new global::ReportGen.Documents.Fonts.FontOptions { UseInstalledFonts = false });
        using var ms = new MemoryStream();
        fresh.Write(SampleDocuments.Small(), ms);
        Assert.Equal(PdfFixture.Sample, ms.ToArray());
    }

    private static bool EndsWithMark(string word)
        => word.Length > 0 && global::ReportGen.Documents.Layout.Text.PunctuationSpacing.IsAdjustable(word[^1]) && !global::ReportGen.Documents.Layout.Text.LineBreakRules.IsOpening(word[^1]);

    [Fact]
    public void Page_geometry_matches_gbt9704_within_half_a_millimetre()
    {
        const double Mm = 72 / 25.4;
        var (exit, xml, err) = ExternalTool.Run("pdftotext", "-bbox", PdfFixture.SamplePath, "-");
        Assert.True(exit == 0, err);
        var pages = Regex.Matches(xml, "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", RegexOptions.Singleline);
        Assert.True(pages.Count >= 2);
        double widest = 0;
        var index = 0;
        foreach (Match page in pages)
        {
            index++;
            Assert.Equal(210, double.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture) / Mm, 0.5);
            Assert.Equal(297, double.Parse(page.Groups[2].Value, CultureInfo.InvariantCulture) / Mm, 0.5);
            // A word ending in a closing mark that gave up its blank half at the line end (行尾标点压缩)
            // has its box half an em (16 pt) past its ink: the ink is what must stay inside the block.
            var words = Regex.Matches(page.Groups[3].Value, "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .Select(m => Enumerable.Range(1, 4).Select(i => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) / Mm).ToArray()
                    .Select((v, i) => i == 2 && EndsWithMark(m.Groups[5].Value) ? v - 8 / Mm : v).ToArray()).ToList();
            var body = words.Where(w => w[1] < 262).ToList();
            var footer = words.Where(w => w[1] >= 262).ToList();
            // Pages 1 and 2 start with text; page 3 starts with a figure box (no words at the top).
            if (index <= 2) Assert.Equal(37, body.Min(w => w[1]), 0.5);
            Assert.True(body.Min(w => w[1]) >= 37 - 0.5, "text above the 37 mm top margin");
            Assert.True(body.Min(w => w[0]) >= 28 - 0.5, "text left of the 28 mm margin");
            Assert.True(body.Max(w => w[2]) <= 184 + 0.5, "text right of the block");
            Assert.True(body.Max(w => w[3]) <= 262 + 0.5, "text below the block");
            // Page numbers: top 7 mm below the block.
            Assert.Equal(269, footer.Min(w => w[1]), 0.5);
            var lines = body.GroupBy(w => Math.Round(w[1], 1));
            foreach (var line in lines) widest = Math.Max(widest, line.Max(w => w[2]) - line.Min(w => w[0]));
        }
        Assert.Equal(156, widest, 0.5);
        // The body's left edge is exactly the 订口 on a page that starts full lines.
        var firstPageWords = Regex.Matches(pages[1].Groups[3].Value, "xMin=\"([\\d.]+)\"").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / Mm);
        Assert.Equal(28, firstPageWords.Min(), 0.5);
    }

    [Fact]
    public void A_document_without_headings_or_blocks_is_still_a_valid_pdf()
    {
        var doc = SampleDocuments.Small() with { Blocks = [] };
        var pdf = PdfFixture.Render(doc);
        var path = PdfFixture.Save(pdf, "empty");
        var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain("/Outlines", Latin1(pdf));
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
    }

    [Fact]
    public void Strong_text_is_drawn_with_fill_and_stroke_and_extracts_unchanged()
    {
        var doc = SampleDocuments.Small() with { Blocks = [new Paragraph([new Text("（二）依申请公开。", Strong: true), new Text("规范办理程序。")])] };
        var pdf = PdfFixture.Render(doc);
        using var read = PdfDocument.Open(pdf);
        Assert.Equal("（二）依申请公开。规范办理程序。", DocumentText.Normalize(read.GetPage(1).Text));
        var path = PdfFixture.Save(pdf, "strong");
        var (_, qdf, _) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", path, "-");
        Assert.Contains("\n2 Tr\n", qdf);
    }

    [Fact]
    public void Web_addresses_become_links_and_still_extract_exactly()
    {
        var doc = StructureTreeTests.WithLinks();
        var pdf = PdfFixture.Render(doc);
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
        var uris = read.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).Distinct().ToList();
        Assert.Contains("http://www.example.gov.cn/xxgk/ndbg/2023/index.html", uris);
        Assert.Contains("http://www.gov.cn", uris);
        var path = PdfFixture.Save(pdf, "links-check");
        var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0, stdout + stderr);
    }
}
