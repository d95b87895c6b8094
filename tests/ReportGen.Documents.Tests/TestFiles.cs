namespace ReportGen.Documents.Tests;

/// <summary>Files the tests keep in the repository, read from the source tree.</summary>
public static class TestFiles
{
    public static string RepositoryRoot { get; } = Find();

    public static string Project => Path.Combine(RepositoryRoot, "tests", "ReportGen.Documents.Tests");

    /// <summary>Fonts made for the tests (with their licences), e.g. the CFF test font.</summary>
    public static string TestFonts => Path.Combine(Project, "Fonts", "TestFonts");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
