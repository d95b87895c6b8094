namespace ReportGen.Tests.Support;

/// <summary>
/// Golden files under tests/ReportGen.Tests/Golden, reviewed like code. Set REPORTGEN_ACCEPT=1 to
/// rewrite them from the current output, then read the diff before committing.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "ReportGen.Tests", "Golden");

    /// <summary>The one naming style: &lt;agency&gt;-&lt;year&gt;.&lt;what&gt;.txt, <paramref name="what"/> being document (the document tree), docx or html (read back).</summary>
    public static string Name(string agency, int year, string what) => $"{agency}-{year}.{what}.txt";

    /// <summary>The golden name for data/&lt;agency&gt;/&lt;year&gt;.yaml.</summary>
    public static string Name(string dataFile, string what)
        => Name(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(dataFile)))!, int.Parse(Path.GetFileNameWithoutExtension(dataFile)), what);

    public static void Assert(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("REPORTGEN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }
        Xunit.Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests with REPORTGEN_ACCEPT=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < Math.Min(e.Length, a.Length) && e[i] == a[i]) i++;
        Xunit.Assert.Fail($"{name} differs from the golden file at line {i + 1}:\n  golden: {(i < e.Length ? e[i] : "<end>")}\n  actual: {(i < a.Length ? a[i] : "<end>")}\n(REPORTGEN_ACCEPT=1 rewrites it)");
    }
}
