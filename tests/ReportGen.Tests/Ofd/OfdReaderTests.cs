using System.Globalization;
using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Writers.Ofd;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Testing;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Ofd;

/// <summary>
/// Every data/ report as OFD, opened by a reader nobody here wrote — ofd.js in Debian's chromium — and
/// compared with our own PDF of the same report rendered by poppler: every page renders without error,
/// looks like the PDF page (SSIM, see <see cref="MinSimilarity"/>), and exposes the document's text.
/// </summary>
public sealed class OfdReaderTests(ITestOutputHelper output)
{
    /// <summary>
    /// Mean SSIM over the windows where either rendering has ink, both rendered in greyscale at 96 dpi.
    /// Two renderers never agree on anti-aliasing and hinting, so identical layouts score about 0.9
    /// there, not 1; a layout shifted by 2 px (0.5 mm) already falls to about 0.6 (the negative control
    /// below proves it on every page). Blank margins are left out: counted, they lift every page above
    /// 0.97 whatever the text does.
    /// </summary>
    public const double MinSimilarity = 0.85;

    private static readonly Lazy<(PdfWriter Pdf, OfdWriter Ofd)> Writers = new(() =>
    {
        var pdf = new PdfWriter(new FontOptions { UseInstalledFonts = false });
        return (pdf, new OfdWriter(pdf.Fonts, pdf.Geometry));
    });

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repo.Data, file).Replace('\\', '/'));
        return data;
    }

    [ExternalTheory("chromium", "npm", "pdftoppm", "pdftotext")]
    [MemberData(nameof(Reports))]
    public async Task Ofdjs_renders_every_page_like_the_pdf_and_exposes_the_document_text(string report)
    {
        var document = TestRepo.Render(Path.Combine(Repo.Data, report));
        var (pdfWriter, ofdWriter) = Writers.Value;
        var layout = ofdWriter.Layout(document);
        var ofd = Write(ofdWriter, document);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "reportgen-ofd-tests", report.Replace('/', '-').Replace(".yaml", ""))).FullName;
        var pdfPath = Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(pdfPath, Write(pdfWriter, document));
        File.WriteAllBytes(Path.Combine(folder, "report.ofd"), ofd);

        await using var browser = await Browser.LaunchAsync();
        var rendering = await OfdBrowserView.RenderAsync(browser, ofd);
        Assert.True(rendering.Errors.Count == 0, string.Join("\n", rendering.Errors));
        Assert.Equal(layout.Pages.Count, rendering.Pages.Count);

        var (exit, _, err) = ExternalPrograms.Run("pdftoppm", "-r", OfdBrowserView.Dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdfPath, Path.Combine(folder, "pdf"));
        Assert.True(exit == 0, err);
        var pdfPages = Directory.GetFiles(folder, "pdf-*.pgm").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(layout.Pages.Count, pdfPages.Count);

        var failures = new List<string>();
        for (var i = 0; i < rendering.Pages.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"ofd-{i + 1}.png"), rendering.Pages[i].Png);
            var ours = GreyImage.ReadPng(rendering.Pages[i].Png);
            var reference = GreyImage.ReadPgm(File.ReadAllBytes(pdfPages[i]));
            var similarity = Ssim.Compare(ours, reference);
            var shifted = Ssim.Compare(ours, reference.Shifted(2, 0));
            var smooth = Ssim.Compare(ours.Smoothed(), reference.Smoothed());
            var smoothShift1 = Ssim.Compare(ours.Smoothed(), reference.Shifted(1, 0).Smoothed());
            var smoothShift2 = Ssim.Compare(ours.Smoothed(), reference.Shifted(2, 0).Smoothed());
            var smoothShiftY = Ssim.Compare(ours.Smoothed(), reference.Shifted(0, 2).Smoothed());
            output.WriteLine($"EXP {report} p{i + 1}: raw {similarity.InkMean:F4} smooth {smooth.InkMean:F4} s1 {smoothShift1.InkMean:F4} s2 {smoothShift2.InkMean:F4} sy2 {smoothShiftY.InkMean:F4} page {smooth.Mean:F4}");
            output.WriteLine($"{report} page {i + 1}: SSIM ink {similarity.InkMean:F4} (page {similarity.Mean:F4}, {similarity.InkWindows} ink windows); " +
                             $"PDF shifted 2 px: {shifted.InkMean:F4}; size {ours.Width}×{ours.Height} / {reference.Width}×{reference.Height}");
            if (similarity.InkMean < MinSimilarity) failures.Add($"page {i + 1}: SSIM {similarity.InkMean:F4} < {MinSimilarity}");
            // The measure must see a 0.5 mm displacement, or passing it proves nothing.
            if (shifted.InkMean >= MinSimilarity) failures.Add($"page {i + 1}: a 2 px shift still scores {shifted.InkMean:F4}");

            var (textExit, pdfText, textErr) = ExternalPrograms.Run("pdftotext", "-enc", "UTF-8", "-raw", "-f", $"{i + 1}", "-l", $"{i + 1}", pdfPath, "-");
            Assert.True(textExit == 0, textErr);
            var ofdText = ReportText.Normalize(rendering.Pages[i].Text);
            if (ofdText != ReportText.Normalize(pdfText)) failures.Add($"page {i + 1}: ofd.js text differs from the PDF's\n  ofd.js: {ofdText}\n  pdf:    {ReportText.Normalize(pdfText)}");
        }
        output.WriteLine($"screenshots and PDF pages: {folder}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(ReportText.Of(document, layout), ReportText.Normalize(string.Concat(rendering.Pages.Select(p => p.Text))));
    }

    private static byte[] Write(Documents.Writers.IDocumentWriter writer, ReportDocument document)
    {
        using var ms = new MemoryStream();
        writer.Write(document, ms);
        return ms.ToArray();
    }
}
