namespace ReportGen.Tests.Support;

/// <summary>Locates the repository from the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Templates => Path.Combine(Root, "templates");
    public static string Data => Path.Combine(Root, "data");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
