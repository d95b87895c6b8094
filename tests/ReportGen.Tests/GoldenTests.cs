using ReportGen.Documents.Document;

namespace ReportGen.Tests;

/// <summary>
/// The document dump of every current-format report under data/ equals its golden text in
/// Golden/&lt;agency&gt;_&lt;year&gt;.txt. Regenerate with REPORTGEN_ACCEPT=1 and review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> DataFiles() => new(CurrentFormatFiles());

    private static IEnumerable<string> CurrentFormatFiles()
        => Directory.GetFiles(Path.Combine(TestRepo.Root, "data"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(file => File.ReadLines(file).Any(l => l.StartsWith("format: \"2021\"", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(TestRepo.Root, file).Replace('\\', '/'));

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Document_dump_matches_golden(string relativeFile)
    {
        var file = Path.Combine(TestRepo.Root, relativeFile);
        var (document, _, diagnostics) = TestRepo.Pipeline().Compose(file);
        Assert.True(document is not null, string.Join("\n", diagnostics.Select(d => $"{d.RuleId} {d.Message}")));
        Assert.Empty(diagnostics);

        var dump = DocumentDumper.Dump(document!);
        var agency = Path.GetFileName(Path.GetDirectoryName(file))!;
        var golden = Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "Golden", $"{agency}_{Path.GetFileNameWithoutExtension(file)}.txt");
        if (Environment.GetEnvironmentVariable("REPORTGEN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, dump);
            return;
        }
        Assert.True(File.Exists(golden), $"{golden} missing: run the tests with REPORTGEN_ACCEPT=1");
        Assert.Equal(File.ReadAllText(golden), dump);
    }

    [Fact]
    public void Data_has_the_required_agency_years()
    {
        var files = CurrentFormatFiles().ToList();
        Assert.True(files.Count >= 4, string.Join(", ", files));
        Assert.Contains(files, f => f.Contains("shili/"));
    }
}
