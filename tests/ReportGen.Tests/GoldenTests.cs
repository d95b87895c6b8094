using ReportGen.Documents.Document;

namespace ReportGen.Tests;

/// <summary>
/// The document dump of every current-format report under data/ equals its golden text in
/// Golden/&lt;agency&gt;-&lt;year&gt;.document.txt (and the read-back DOCX and HTML theirs). Regenerate with
/// REPORTGEN_ACCEPT=1 and review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> DataFiles() => new(CurrentFormatFiles());

    /// <summary>The data files the loader reads as reports in the current format (the one whose years are open-ended).</summary>
    private static IEnumerable<string> CurrentFormatFiles()
    {
        var formats = new ReportGen.Formats.FormatCatalog(TestRepo.Templates);
        var current = formats.Current!.Id;
        var loader = new ReportGen.Loading.ReportLoader(formats);
        return Directory.GetFiles(Path.Combine(TestRepo.Root, "data"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(file => loader.Load(file).Input?.Format.Id == current)
            .Select(file => Path.GetRelativePath(TestRepo.Root, file).Replace('\\', '/'));
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Document_dump_matches_golden(string relativeFile)
    {
        var file = Path.Combine(TestRepo.Root, relativeFile);
        var (document, _, diagnostics) = TestRepo.Pipeline().Compose(file);
        Assert.True(document is not null, string.Join("\n", diagnostics.Select(d => $"{d.RuleId} {d.Message}")));
        Assert.Empty(diagnostics);

        Support.Golden.Assert(Support.Golden.Name(file, "document"), DocumentDumper.Dump(document!));
    }

    /// <summary>What staff and readers get: the DOCX read back with the SDK and the HTML parsed, both as reviewable text.</summary>
    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Docx_and_html_read_back_match_golden(string relativeFile)
    {
        var file = Path.Combine(TestRepo.Root, relativeFile);
        var (document, _, _) = TestRepo.Pipeline().Compose(file);

        using var docx = new MemoryStream();
        new ReportGen.Documents.Writers.Docx.DocxWriter().Write(document!, docx);
        Support.Golden.Assert(Support.Golden.Name(file, "docx"), Support.DocxText.Structure(docx.ToArray()));
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx.ToArray()), false))
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc));

        using var html = new MemoryStream();
        new ReportGen.Documents.Writers.Html.HtmlWriter().Write(document!, html);
        var dom = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html.ToArray()));
        var lines = dom.QuerySelectorAll("h1, h2, h3, h4, h5, p, tr").Select(e => e.LocalName == "tr"
            ? "  | " + string.Join(" | ", e.Children.Select(c => $"{c.LocalName}{Span(c)} {c.TextContent.Trim()}"))
            : $"[{e.LocalName}] {e.TextContent.Trim()}");
        Support.Golden.Assert(Support.Golden.Name(file, "html"), string.Join("\n", lines) + "\n");
    }

    private static string Span(AngleSharp.Dom.IElement cell)
        => (cell.GetAttribute("rowspan") is { } r ? " rs=" + r : "") + (cell.GetAttribute("colspan") is { } c ? " cs=" + c : "");

    [Fact]
    public void Data_has_the_required_agency_years()
    {
        var files = CurrentFormatFiles().ToList();
        Assert.True(files.Count >= 4, string.Join(", ", files));
        Assert.Contains(files, f => f.Contains("shili/"));
    }
}
