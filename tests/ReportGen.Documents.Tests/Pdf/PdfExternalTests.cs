using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Documents.Document;
using ReportGen.Documents.Tests.Pdf.Inspection;
using ReportGen.Testing;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Second opinions from programs outside the .NET SDK (the external category: skipped with the apt line where a
/// program is missing, required in CI). Everything here is also checked in-process by the tests' own reader and
/// PdfPig; qpdf and poppler add independent parsers, poppler's text extraction and its renderer, which would
/// catch a misreading of the standard that our writer and our reader happened to share.
/// </summary>
public partial class PdfExternalTests
{
    [ExternalTheory("qpdf")]
    [MemberData(nameof(PdfSamples.Names), MemberType = typeof(PdfSamples))]
    public void Qpdf_check_is_clean(string sample)
    {
        var (exit, stdout, stderr) = ExternalPrograms.Run("qpdf", "--check", PdfSamples.PathOf(sample));
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("No syntax or stream encoding errors", stdout);
        Assert.DoesNotContain("WARNING", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    [ExternalTheory("pdftotext")]
    [MemberData(nameof(PdfSamples.WithText), MemberType = typeof(PdfSamples))]
    public void Pdftotext_equals_document_text_in_reading_order(string sample)
    {
        var (exit, stdout, stderr) = ExternalPrograms.Run("pdftotext", "-enc", "UTF-8", "-raw", PdfSamples.PathOf(sample), "-");
        Assert.True(exit == 0, stderr);
        Assert.Equal(DocumentText.Of(PdfSamples.TextOf(sample)), DocumentText.Normalize(stdout));
    }

    [ExternalTheory("pdffonts")]
    [InlineData("sample", "CID TrueType")]
    [InlineData("cff", "CID Type 0C")]
    public void Pdffonts_lists_the_fonts_the_reader_found_embedded_subset_with_unicode_maps(string sample, string type)
    {
        var (exit, stdout, stderr) = ExternalPrograms.Run("pdffonts", PdfSamples.PathOf(sample));
        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+", row);
            Assert.Contains(type, row);
            Assert.DoesNotContain("Type 3", row);
            Assert.Matches(@"yes\s+yes\s+yes\s+\d+\s+0\s*$", row);
        }
        var names = PdfFonts.Describe(PdfFile.Read(PdfSamples.Get(sample))).Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(names, rows.Select(r => r.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [ExternalFact("pdfinfo")]
    public void Pdfinfo_sees_a_tagged_pdf_with_its_title()
    {
        var (exit, info, stderr) = ExternalPrograms.Run("pdfinfo", PdfSamples.PathOf("sample"));
        Assert.True(exit == 0, stderr);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.Contains("示例区人民政府2023年政府信息公开工作年度报告", info);
    }

    [ExternalFact("pdftotext")]
    public void Poppler_measures_the_gbt9704_page_geometry()
    {
        var (exit, xml, err) = ExternalPrograms.Run("pdftotext", "-bbox", PdfSamples.PathOf("sample"), "-");
        Assert.True(exit == 0, err);
        var pages = PageElement().Matches(xml).Select(page => new GbT9704Geometry.Page(
            Number(page.Groups[1].Value) / GbT9704Geometry.Mm, Number(page.Groups[2].Value) / GbT9704Geometry.Mm,
            WordElement().Matches(page.Groups[3].Value).Select(w => new GbT9704Geometry.Box(
                Number(w.Groups[1].Value), Number(w.Groups[2].Value), Number(w.Groups[3].Value), Number(w.Groups[4].Value))).ToList())).ToList();
        GbT9704Geometry.AssertPages(pages);
    }

    [ExternalFact("pdfimages")]
    public void Pdfimages_lists_the_png_as_rgb_and_the_jpeg_as_jpeg()
    {
        var (_, png, _) = ExternalPrograms.Run("pdfimages", "-list", PdfSamples.PathOf("png"));
        Assert.Matches(@"\s4\s+2\s+rgb\s+3\s+8\s", png);
        var (_, jpeg, _) = ExternalPrograms.Run("pdfimages", "-list", PdfSamples.PathOf("jpeg"));
        Assert.Matches(@"\s166\s+234\s+rgb\s+3\s+8\s+jpeg\s", jpeg);
    }

    /// <summary>poppler's renderer draws every page of every sample without an error or a warning.</summary>
    [ExternalTheory("pdftoppm")]
    [MemberData(nameof(PdfSamples.Names), MemberType = typeof(PdfSamples))]
    public void Poppler_renders_every_page_without_complaint(string sample)
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-render-").FullName;
        try
        {
            var (exit, _, stderr) = ExternalPrograms.Run("pdftoppm", "-r", "20", "-png", PdfSamples.PathOf(sample), Path.Combine(folder, "p"));
            Assert.True(exit == 0, stderr);
            Assert.Equal("", stderr.Trim());
            Assert.Equal(PdfFile.Read(PdfSamples.Get(sample)).Pages.Count, Directory.GetFiles(folder, "*.png").Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [ExternalFact("pdftoppm")]
    public void A_jpeg_poppler_makes_now_is_passed_through_unchanged()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "reportgen-jpeg-" + Environment.ProcessId);
        var (exit, _, err) = ExternalPrograms.Run("pdftoppm", "-jpeg", "-r", "20", "-f", "1", "-l", "1", "-singlefile", PdfSamples.PathOf("sample"), prefix);
        Assert.True(exit == 0, err);
        var jpeg = File.ReadAllBytes(prefix + ".jpg");
        var frame = JpegMarkers.Read(jpeg);
        var pdf = PdfFixture.Render(PdfSamples.WithPicture(jpeg, "image/jpeg", frame.Width, frame.Height));
        Assert.True(pdf.AsSpan().IndexOf(jpeg) > 0);
        var file = PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")]
    private static partial Regex WordElement();
}
