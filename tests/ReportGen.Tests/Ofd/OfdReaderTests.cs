using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
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
public sealed class OfdReaderTests(OfdReaderTests.SharedBrowser shared, ITestOutputHelper output) : IClassFixture<OfdReaderTests.SharedBrowser>
{
    /// <summary>
    /// Mean SSIM over the 8×8 windows where either rendering has ink, after a [1 2 1]² blur of both,
    /// greyscale at 96 dpi. Chromium and poppler never agree on anti-aliasing (a 0.5 pt rule is a crisp
    /// pixel in one and a two-pixel grey in the other), so the same layout scores 0.87–0.95 there, not 1;
    /// the same page moved by 2 px (0.5 mm) falls to 0.40–0.62, and the test checks that control on every
    /// page. The whole-page mean (0.96–0.998) is reported too, but blank margins lift it for any page.
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
        // A folder of this test run's own, emptied first: a page image left by an earlier run (another clone, a longer
        // version of the report) must never be counted as one of this run's pages.
        var folder = Path.Combine(AppContext.BaseDirectory, "ofd-reader", report.Replace('/', '-').Replace(".yaml", ""));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(pdfPath, Write(pdfWriter, document));
        File.WriteAllBytes(Path.Combine(folder, "report.ofd"), ofd);

        var rendering = await OfdBrowserView.RenderAsync(await shared.Get(), ofd);
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
            var ourSmooth = ours.Smoothed();
            var referenceSmooth = reference.Smoothed();
            var similarity = Ssim.Compare(ourSmooth, referenceSmooth);
            var shifted = Ssim.Compare(ourSmooth, referenceSmooth.Shifted(2, 0));
            output.WriteLine($"{report} page {i + 1}: SSIM {similarity.InkMean:F4} over {similarity.InkWindows} ink windows (whole page {similarity.Mean:F4}); " +
                             $"against the PDF page shifted 2 px: {shifted.InkMean:F4}");
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
        // The document's text in reading order: the objects the custom tags bind to the structure (page numbers
        // and repeated table headers are artifacts, in no tag), as ofd.js decoded them, in the tags' order.
        var decoded = rendering.Pages.SelectMany(p => p.TextObjects).ToDictionary(o => o.Id, o => o.Text);
        var tagged = TaggedObjectIds(ofd).Where(decoded.ContainsKey).Select(id => decoded[id]);
        Assert.Equal(ReportText.Of(document, layout), ReportText.Normalize(string.Concat(tagged)));
    }

    /// <summary>One chromium for all reports, started on first use (never when every case is skipped).</summary>
    public sealed class SharedBrowser : IAsyncLifetime
    {
        private Task<Browser>? _browser;

        public Task<Browser> Get() => _browser ??= Browser.LaunchAsync();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_browser is not null) await (await _browser).DisposeAsync();
        }
    }

    /// <summary>The object IDs of the package's custom tag file, in document order (read with the BCL, not our writer).</summary>
    private static IEnumerable<int> TaggedObjectIds(byte[] ofd)
    {
        XNamespace ns = "http://www.ofdspec.org/2016";
        using var zip = new ZipArchive(new MemoryStream(ofd), ZipArchiveMode.Read);
        var index = XDocument.Load(zip.GetEntry("Doc_0/Tags/CustomTags.xml")!.Open()).Root!;
        var file = "Doc_0/Tags/" + (string)index.Element(ns + "CustomTag")!.Element(ns + "FileLoc")!;
        var tags = XDocument.Load(zip.GetEntry(file)!.Open());
        return tags.Descendants(ns + "ObjectRef").Select(r => int.Parse(r.Value)).ToList();
    }

    private static byte[] Write(Documents.Writers.IDocumentWriter writer, ReportDocument document)
    {
        using var ms = new MemoryStream();
        writer.Write(document, ms);
        return ms.ToArray();
    }
}
