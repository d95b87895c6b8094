using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Tests.Fidelity;

/// <summary>Reports of data/ rendered once per test run: the document, its page frames and its PDF bytes.</summary>
internal static class RenderedReports
{
    /// <summary>The bundled fonts only, so positions do not depend on what the machine has installed.</summary>
    private static readonly Lazy<PdfWriter> Writer = new(() => new PdfWriter(new FontOptions { UseInstalledFonts = false }));

    private static readonly Dictionary<string, Lazy<Rendered>> Cache = new();

    public sealed record Rendered(ReportDocument Document, LayoutResult Layout, byte[] Pdf);

    /// <summary>Every data file (both formats) as a path relative to the repository.</summary>
    public static TheoryData<string> All() => new(Files());

    public static IEnumerable<string> Files() => Directory.GetFiles(Path.Combine(TestRepo.Root, "data"), "*.yaml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(TestRepo.Root, f).Replace('\\', '/'));

    public static Rendered Get(string relativeFile)
    {
        Lazy<Rendered> lazy;
        lock (Cache)
        {
            if (!Cache.TryGetValue(relativeFile, out lazy!))
                Cache[relativeFile] = lazy = new Lazy<Rendered>(() => Render(relativeFile));
        }
        return lazy.Value;
    }

    private static Rendered Render(string relativeFile)
    {
        var document = TestRepo.Render(Path.Combine(TestRepo.Root, relativeFile));
        using var pdf = new MemoryStream();
        Writer.Value.Write(document, pdf);
        return new Rendered(document, Writer.Value.Layout(document), pdf.ToArray());
    }
}
