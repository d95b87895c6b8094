using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;
using ReportGen.Documents.Layout.Text;
using ReportGen.Documents.Tests.Pdf;

namespace ReportGen.Documents.Tests.Fonts;

/// <summary>
/// A CFF-outline (CID-keyed) OpenType font small enough to keep in the repository, so the CFF embedding path
/// is tested on every machine: Noto Serif CJK SC Regular (SIL OFL 1.1, Fonts/TestFonts/OFL.txt) cut down with
/// the product's own hb-subset to the characters of <see cref="SampleDocuments.Small"/> and page numbers.
/// Remake it where Debian's fonts-noto-cjk is installed:
/// <c>REPORTGEN_ACCEPT=1 dotnet test tests/ReportGen.Documents.Tests --filter FullyQualifiedName~CffTestFont</c>.
/// </summary>
public static class CffTestFont
{
    public const string Family = "Noto Serif CJK SC";
    public const string FileName = "NotoSerifCJKsc-Regular-TestSubset.otf";

    public static string FilePath => Path.Combine(TestFiles.TestFonts, FileName);

    /// <summary>Everything the sample document prints, and the digits and dashes of page numbers.</summary>
    public static IReadOnlyList<int> CodePoints()
    {
        var text = DocumentText.Of(SampleDocuments.Small()) + "— 0123456789";
        var result = new SortedSet<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) result.Add(char.ConvertToUtf32(text, i));
        return [.. result];
    }

    /// <summary>The subset of the installed face, as the remake writes it.</summary>
    public static byte[] Make(FontSource installed) => HbSubset.Subset(FontBytes.Of(File.ReadAllBytes(installed.Path)), installed.FaceIndex, [.. CodePoints()]);

    /// <summary>A writer whose every role uses the given font first (the bundled fonts stay as fallback).</summary>
    public static global::ReportGen.Documents.Writers.Pdf.PdfWriter WriterFor(FontSource font) => new(new FontOptions
    {
        UseInstalledFonts = false,
        Configured = Enum.GetValues<TextRole>().ToDictionary(role => role, _ => font),
    });
}
