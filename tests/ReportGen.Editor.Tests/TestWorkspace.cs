namespace ReportGen.Editor.Tests;

/// <summary>
/// A workspace of its own per test: data files copied from the repository's data/ into a temp folder (the editor
/// writes there), the repository's templates used as they are. Deleted when disposed.
/// </summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace(params string[] reports)
    {
        Root = Path.Combine(Path.GetTempPath(), "reportgen-editor-tests", Guid.NewGuid().ToString("N"));
        foreach (var report in reports.Length > 0 ? reports : ["shili/2024"])
        {
            var target = Path.Combine(Root, "data", report + ".yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoRoot, "data", report + ".yaml"), target);
        }
    }

    public static string RepoRoot { get; } = FindRoot();
    public string Root { get; }
    public string Templates => Path.Combine(RepoRoot, "templates");
    public string DataFile(string report) => Path.Combine(Root, "data", report + ".yaml");

    public EditorOptions Options(Func<EditorOptions, EditorOptions>? change = null)
    {
        var options = new EditorOptions { Workspace = Root, Templates = Templates, Port = 0 };
        return change is null ? options : change(options);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
