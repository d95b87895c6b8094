using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Importing;
using ReportGen.Loading;
using ReportGen.Templating;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Importing;

/// <summary>
/// The five published seed reports, imported from their text files as a new user would: the document
/// built from the imported data must carry the seed's numbers and headings in order — the measure the
/// hand-transcribed data is held to (SeedCompare, as ../shared/tools/seedcompare.py).
/// </summary>
public class SeedImportTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Seeds => new()
    {
        { "000", "changbaishan" },
        { "001", "jilin-jingkai" },
        { "002", "lingdong" },
        { "003", "changchun" },
        { "004", "chuanying" },
    };

    private static readonly Importer Importer = new(TempWorkspace.Formats);

    public static (double Numbers, double Headings, List<string> Missing, string Yaml) Score(string seed, string agency)
    {
        var file = Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), seed + "_*.txt").Single();
        var text = File.ReadAllText(file);
        var outcome = Importer.ImportBytes(file, File.ReadAllBytes(file), new ImportOptions(agency, null, null, Path.Combine(Path.GetTempPath(), "reportgen-seeds")));
        Assert.True(outcome.Yaml is not null, string.Join("\n", outcome.Report.Diagnostics));
        var bag = new DiagnosticBag();
        var model = Models.Read(TempWorkspace.Formats, outcome.Target!, Encoding.UTF8.GetBytes(outcome.Yaml!), bag);
        Assert.True(model is not null, string.Join("\n", bag.Items));
        var document = new ReportRenderer(TempWorkspace.Formats).Render(model!, bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));
        using var stream = new MemoryStream();
        new DocxWriter().Write(document!, stream);
        var (numbers, headings, missing) = SeedCompare.Score(text, DocxText.PlainText(stream.ToArray()));
        return (numbers, headings, missing, outcome.Yaml!);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Imported_seed_carries_its_numbers_and_headings(string seed, string agency)
    {
        var (numbers, headings, missing, _) = Score(seed, agency);
        output.WriteLine($"seed {seed}: numbers {numbers:P1}, headings {headings:P1}{(missing.Count > 0 ? "; missing: " + string.Join("、", missing) : "")}");
        Assert.True(headings == 1.0, $"seed {seed}: headings missing: {string.Join("、", missing)}");
        Assert.True(numbers == 1.0, $"seed {seed}: numbers share {numbers:F3}");
    }
}
