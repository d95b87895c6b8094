using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Formats;

namespace ReportGen.Tests;

/// <summary>The repository the tests run in (templates, data) and helpers to check or render YAML written to a temp folder.</summary>
internal static class TestRepo
{
    public static string Root => Support.Repo.Root;

    public static string Templates => Path.Combine(Root, "templates");

    public static ReportPipeline Pipeline(string? templates = null)
        => new(new FormatCatalog(templates ?? Templates), Array.Empty<ReportGen.Documents.Writers.IDocumentWriter>());

    /// <summary>A copy of the templates folder with one file edited, for tests of format definitions.</summary>
    public static string TemplatesWith(string relativeFile, Func<string, string> edit)
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"), "templates");
        foreach (var file in Directory.GetFiles(Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var edited = Path.Combine(root, relativeFile);
        File.WriteAllText(edited, edit(File.ReadAllText(edited)));
        return root;
    }

    /// <summary>Writes data/&lt;agency&gt;/&lt;year&gt;.yaml (and optionally last year's) to a new temp folder and checks it.</summary>
    public static IReadOnlyList<Diagnostic> Check(string yaml, string agency = "t", int year = 2023, string? previousYaml = null)
    {
        var file = Write(yaml, agency, year, previousYaml);
        return Pipeline().Check(file).Diagnostics;
    }

    public static string Write(string yaml, string agency = "t", int year = 2023, string? previousYaml = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"), "data", agency);
        Directory.CreateDirectory(folder);
        if (previousYaml is not null) File.WriteAllText(Path.Combine(folder, $"{year - 1}.yaml"), previousYaml);
        var file = Path.Combine(folder, $"{year}.yaml");
        File.WriteAllText(file, yaml);
        return file;
    }

    public static ReportDocument Render(string file)
    {
        var (document, _, diagnostics) = Pipeline().Compose(file);
        Assert.True(document is not null, string.Join("\n", diagnostics.Select(d => $"{d.RuleId} {d.Message}")));
        return document!;
    }
}
