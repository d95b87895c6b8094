using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;
using ReportGen.Documents.Writers.Pdf;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// CFF-outline fonts (Noto/Source Han CJK) as CIDFontType0C. Runs where Debian's fonts-noto-cjk is
/// installed (a dependency of LibreOffice, which CI may lack); elsewhere it has nothing to test.
/// </summary>
public class CffFontTests
{
    private const string NotoDir = "/usr/share/fonts/opentype/noto";

    [Fact]
    public void Cff_font_embeds_as_cidfonttype0c_and_extracts_exactly_when_noto_cjk_is_installed()
    {
        // .ci/run installs fonts-noto-cjk; a developer machine without it skips this one test.
        if (!Directory.Exists(NotoDir)) return;
        var index = new InstalledFontIndex([NotoDir]);
        if (!index.TryFind("Noto Serif CJK SC", out var serif)) return;
        Assert.EndsWith("NotoSerifCJK-Regular.ttc", serif.Path); // the regular face, not the bold sibling
        var writer = new PdfWriter(new FontOptions
        {
            UseInstalledFonts = false,
            Configured = new Dictionary<TextRole, FontSource> { [TextRole.Body] = serif, [TextRole.Title] = serif, [TextRole.Table] = serif },
        });
        var doc = SampleDocuments.Small();
        using var ms = new MemoryStream();
        writer.Write(doc, ms);
        var pdf = ms.ToArray();
        var path = PdfFixture.Save(pdf, "cff");
        var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0, stdout + stderr);
        var (_, fonts, _) = ExternalTool.Run("pdffonts", path);
        Assert.Contains("CID Type 0C", fonts);
        Assert.DoesNotContain("Type 3", fonts);
        using (var read = PdfDocument.Open(pdf))
            Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
        var (_, text, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-raw", path, "-");
        Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(text));
        Assert.True(pdf.Length < 400 * 1024, $"{pdf.Length / 1024} KB");
    }
}
