using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers;
using ReportGen.Formats;

namespace ReportGen.Tests.Support;

/// <summary>A throw-away data folder with the repository's templates, for tests that write YAML files.</summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }
    public string Out => Path.Combine(Root, "out");

    public string Write(string agency, int year, string yaml)
    {
        var path = Path.Combine(Root, "data", agency, $"{year}.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);
        return path;
    }

    public static FormatCatalog Formats { get; } = new(Repo.Templates);

    public static ReportPipeline Pipeline(params IDocumentWriter[] writers) => new(Formats, writers);

    public static IReadOnlyList<Diagnostic> Check(string file) => Pipeline().Check(file).Diagnostics;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
