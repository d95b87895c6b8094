using System.Text;
using ReportGen.Documents.Document;
using ReportGen.Documents.Tests.Pdf.Inspection;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfReadBackTests
{
    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    [Fact]
    public void PdfPig_text_equals_document_text_in_reading_order()
    {
        using var pdf = PdfDocument.Open(PdfFixture.Sample);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Equal(DocumentText.Of(SampleDocuments.Small()), DocumentText.Normalize(text));
    }

    [Fact]
    public void Fonts_are_embedded_subset_with_unicode_maps_and_none_is_type3()
    {
        // What pdffonts lists (name, type, emb, sub, uni), read from the font dictionaries and programs themselves.
        var pdf = PdfFile.Read(PdfFixture.Sample);
        var fonts = PdfFonts.Describe(pdf);
        Assert.Equal(3, fonts.Count); // 宋 (title, body, table, page numbers), 黑 (heading 1), 楷 (heading 2)
        foreach (var font in fonts)
        {
            Assert.Matches(@"^[A-Z]{6}\+", font.Name);
            Assert.Equal("CID TrueType", font.Type);
            Assert.True(font.Embedded && font.SubsetTag && font.HasToUnicode, font.ToString());
            Assert.True(font.ToUnicodeEntries > 0, font.ToString());
            Assert.InRange(font.GlyphCount, 2, 400); // a subset: the bundled faces hold 20,000+ glyphs
        }
        Assert.Equal(0, PdfFonts.Type3Count(pdf));
        // Every font a page's content selects (Tf) is one of the page's own font resources.
        foreach (var (_, page) in pdf.Pages)
        {
            var resources = pdf.Dict(pdf.Dict(page["Resources"])["Font"]);
            foreach (var op in PdfSyntax.ContentOperations(pdf.PageContent(page)).Where(o => o.Operator == "Tf"))
                Assert.True(resources.ContainsKey(((PdfName)op.Operands[0]).Value), $"Tf {op.Operands[0]} is not a resource of its page");
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
        // What pdfinfo reports as "Tagged: yes" and the title, from the catalog and the Info dictionary.
        var pdf = PdfFile.Read(PdfFixture.Sample);
        Assert.Equal(true, pdf.Dict(pdf.Catalog["MarkInfo"])["Marked"]);
        Assert.Equal("示例区人民政府2023年政府信息公开工作年度报告", ((PdfString)pdf.Info["Title"]).Text);
        Assert.Equal("zh-CN", ((PdfString)pdf.Catalog["Lang"]).Text);
        Assert.Equal(true, pdf.Dict(pdf.Catalog["ViewerPreferences"])["DisplayDocTitle"]);
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

    [Fact]
    public void Page_geometry_matches_gbt9704_within_half_a_millimetre()
    {
        // Boxes as text extractors compute them (pdftotext -bbox does the same): from the baseline up by the
        // font descriptor's /Ascent, across the glyphs' advances. PdfPig gives baselines and advances.
        var pdf = PdfFile.Read(PdfFixture.Sample);
        var fonts = PdfFonts.Describe(pdf).ToDictionary(f => f.Name);
        using var read = PdfDocument.Open(PdfFixture.Sample);
        var pages = read.GetPages().Select(page => new GbT9704Geometry.Page(page.Width / GbT9704Geometry.Mm, page.Height / GbT9704Geometry.Mm,
            page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l =>
            {
                var font = fonts[l.FontName ?? ""];
                var baseline = page.Height - l.StartBaseLine.Y;
                return new GbT9704Geometry.Box(l.StartBaseLine.X, baseline - font.Ascent * l.PointSize, l.EndBaseLine.X, baseline - font.Descent * l.PointSize);
            }).ToList())).ToList();
        GbT9704Geometry.AssertPages(pages);
    }

    [Fact]
    public void A_document_without_headings_or_blocks_is_still_a_valid_pdf()
    {
        var pdf = PdfSamples.Get("empty");
        var file = PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
        Assert.DoesNotContain("/Outlines", Latin1(pdf));
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
    }

    [Fact]
    public void Strong_text_is_drawn_with_fill_and_stroke_and_extracts_unchanged()
    {
        var pdf = PdfSamples.Get("strong");
        using var read = PdfDocument.Open(pdf);
        Assert.Equal("（二）依申请公开。规范办理程序。", DocumentText.Normalize(read.GetPage(1).Text));
        // Text render mode 2 (fill, then stroke) for the strong run, back to 0 for the rest.
        var file = PdfFile.Read(pdf);
        var modes = PdfSyntax.ContentOperations(file.PageContent(file.Pages[0].Page)).Where(o => o.Operator == "Tr").Select(o => (double)o.Operands[0]).ToList();
        Assert.Equal([2.0, 0.0], modes);
    }

    [Fact]
    public void Web_addresses_become_links_and_still_extract_exactly()
    {
        var doc = StructureTreeTests.WithLinks();
        var pdf = PdfSamples.Get("links");
        using var read = PdfDocument.Open(pdf);
        Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
        var uris = read.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).Distinct().ToList();
        Assert.Contains("http://www.example.gov.cn/xxgk/ndbg/2023/index.html", uris);
        Assert.Contains("http://www.gov.cn", uris);
        var file = PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
    }
}
