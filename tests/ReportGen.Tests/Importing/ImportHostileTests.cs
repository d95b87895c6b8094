using System.IO.Compression;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// Bad and hostile sources — zip bombs, huge or absurdly nested pages, broken PDFs, wrong encodings —
/// end as Chinese diagnostics naming the file, refused before the costly step (by size, before parsing, at the inflation budget) and without writing anything; never an exception.
/// </summary>
public class ImportHostileTests
{
    private static readonly Importer Importer = new(TempWorkspace.Formats);

    // What these inputs cost is measured by `reportgen fuzz --import` (slowest case), never asserted as time here:
    // each test proves the refusal happens where it must (by size, before parsing, at the budget).
    private static ImportReport Run(string name, byte[] bytes)
        => Importer.ImportBytes(name, bytes, new ImportOptions("hostile", 2024, null, Path.Combine(Path.GetTempPath(), "reportgen-hostile"))).Report;

    private static Diagnostic Refused(ImportReport report, params string[] codes)
    {
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Contains(error.RuleId, codes);
        Assert.Contains(error.Message, m => m is >= '\u4E00' and <= '\u9FFF');
        Assert.Equal(report.Source, error.Span!.File);
        Assert.DoesNotContain("   at ", error.Message); // no stack trace
        return error;
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, byte[] content)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        s.Write(content);
    }

    [Fact]
    public void Docx_zip_bomb_is_refused_from_its_compression_ratio()
    {
        var bomb = Zip(z => Entry(z, "word/document.xml", new byte[64 * 1024 * 1024]));
        Assert.True(bomb.Length < 1024 * 1024);
        var error = Refused(Run("bomb.docx", bomb), Catalog.ImportCodes.ZipBomb.Id);
        Assert.Contains("压缩炸弹", error.Message);
    }

    [Fact]
    public void Docx_with_thousands_of_entries_is_refused()
        => Refused(Run("many.docx", Zip(z => { for (var i = 0; i < 3000; i++) Entry(z, $"x/{i}.xml", "<a/>"u8.ToArray()); })), Catalog.ImportCodes.ZipBomb.Id);

    [Fact]
    public void Docx_whose_headers_understate_the_inflated_size_is_refused_after_the_budget()
    {
        // 8 MB of zeros declared as 100 bytes in both headers: only inflating tells, and inflating stops at the budget.
        var bytes = Zip(z => Entry(z, "word/document.xml", new byte[8 * 1024 * 1024]));
        var lie = BitConverter.GetBytes(100u);
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04) lie.CopyTo(bytes, i + 22);
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) lie.CopyTo(bytes, i + 24);
        }
        Refused(Run("lie.docx", bytes), Catalog.ImportCodes.ZipBomb.Id, Catalog.ImportCodes.BrokenDocx.Id);
    }

    [Fact]
    public void Docx_nested_beyond_any_document_is_refused_before_the_sdk_reads_it()
    {
        var deep = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < 1_000; i++) deep.Append("<w:sdt><w:sdtContent>");
        deep.Append("</w:body></w:document>");
        var bytes = Zip(z =>
        {
            Entry(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"u8.ToArray());
            Entry(z, "word/document.xml", Encoding.UTF8.GetBytes(deep.ToString()));
        });
        Assert.Contains("嵌套", Refused(Run("deep.docx", bytes), Catalog.ImportCodes.TooComplex.Id).Message);
    }

    [Fact]
    public void Broken_docx_and_legacy_doc_get_a_chinese_reason()
    {
        Refused(Run("broken.docx", "PK\u0003\u0004 not really a zip"u8.ToArray()), Catalog.ImportCodes.BrokenDocx.Id);
        var doc = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(doc, 0);
        Assert.Contains("另存为 .docx", Refused(Run("old.doc", doc), Catalog.ImportCodes.UnknownKind.Id).Message);
    }

    [Fact]
    public void Huge_html_is_refused_by_its_size_alone()
    {
        var huge = new byte[21 * 1024 * 1024];
        Encoding.ASCII.GetBytes("<html><body>").CopyTo(huge, 0);
        Refused(Run("huge.html", huge), Catalog.ImportCodes.TooLarge.Id);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_deep_is_refused_before_parsing()
    {
        var page = new StringBuilder("<html><body><h1>示例县教育局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>");
        for (var i = 0; i < 100_000; i++) page.Append("<div>");
        page.Append("深处的文字</body></html>");
        Refused(Run("deep.html", Encoding.UTF8.GetBytes(page.ToString())), Catalog.ImportCodes.TooComplex.Id);
    }

    [Fact]
    public void Html_nested_deeper_than_the_walker_goes_is_read_as_text()
    {
        var page = new StringBuilder("<html><body><h1>示例县教育局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>");
        for (var i = 0; i < 1_000; i++) page.Append("<div>");
        page.Append("深处的文字</body></html>");
        var report = Run("deep.html", Encoding.UTF8.GetBytes(page.ToString()));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.RuleId == Catalog.ImportCodes.TooComplex.Id);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Catalog.ImportCodes.Internal.Id);
    }

    [Fact]
    public void Html_with_absurd_spans_does_not_allocate_a_grid_of_them()
    {
        var page = "<html><body><h1>示例县教育局2024年政府信息公开工作年度报告</h1><table><tr><td colspan=\"100000000\" rowspan=\"100000000\">申请人情况</td></tr><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td></tr></table></body></html>";
        var report = Run("spans.html", Encoding.UTF8.GetBytes(page));
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Catalog.ImportCodes.Internal.Id);
    }

    [Fact]
    public void Broken_pdfs_get_a_chinese_reason()
    {
        Refused(Run("garbage.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000))), Catalog.ImportCodes.BrokenPdf.Id, Catalog.ImportCodes.NoText.Id);
        var (document, _) = RoundTrip.Original("yunxi-zjj/2024.yaml");
        var pdf = RoundTrip.Publish(document, RoundTrip.Writers[2]);
        var report = Run("truncated.pdf", pdf[..(pdf.Length / 3)]);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Catalog.ImportCodes.Internal.Id);
        Assert.All(report.Diagnostics.Where(d => d.IsError), d => Assert.Contains(d.Message, m => m is >= '\u4E00' and <= '\u9FFF'));
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_called_a_scan()
    {
        // A page with nothing but a (blank) image, as a scanner writes it.
        var objects = new[]
        {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
            "<</Length 8>>stream\nq Q 0 0 m\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        Assert.Contains("扫描件", Refused(Run("scan.pdf", Encoding.ASCII.GetBytes(pdf.ToString())), Catalog.ImportCodes.NoText.Id).Message);
    }

    [Fact]
    public void Gbk_page_declared_utf8_is_decoded_as_gbk_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = "<html><head><meta charset=\"utf-8\"></head><body><h1>示例县教育局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年主动公开政府信息420条。</p></body></html>";
        var report = Run("wrong.html", Encoding.GetEncoding("GBK").GetBytes(page));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.RuleId == Catalog.ImportCodes.Encoding.Id && d.Message.Contains("GB18030"));
        Assert.Equal("示例县教育局", report.Agency);
    }

    [Fact]
    public void Utf8_page_declared_gbk_is_decoded_as_utf8_with_a_warning()
    {
        var page = "<html><head><meta charset=\"gb2312\"></head><body><h1>示例县教育局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>";
        var report = Run("wrong.html", Encoding.UTF8.GetBytes(page));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.RuleId == Catalog.ImportCodes.Encoding.Id && d.Message.Contains("UTF-8"));
        Assert.Equal("示例县教育局", report.Agency);
    }

    [Fact]
    public void Text_in_no_known_encoding_is_refused()
    {
        var rng = new Random(7);
        var bytes = new byte[4000];
        rng.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(0x80 | bytes[i] | 0x01); // never NUL, never ASCII
        var report = Run("noise.txt", bytes);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Catalog.ImportCodes.Internal.Id);
        Assert.Contains(report.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Empty_and_unrelated_files_are_no_report()
    {
        Refused(Run("empty.txt", Array.Empty<byte>()), Catalog.ImportCodes.NoReport.Id);
        Refused(Run("recipe.txt", Encoding.UTF8.GetBytes("红烧肉\n五花肉500克\n")), Catalog.ImportCodes.NoYear.Id, Catalog.ImportCodes.NoAgency.Id, Catalog.ImportCodes.NoReport.Id);
    }
}
