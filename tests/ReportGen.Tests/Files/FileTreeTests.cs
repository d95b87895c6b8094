using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Files;

/// <summary>The walk lists each folder once for its files and its folders; it must find what .NET's own listings find.</summary>
public sealed class FileTreeTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private void Touch(string relative)
    {
        var path = Path.Combine(_ws.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
    }

    [Theory]
    [InlineData("*.yaml")]
    [InlineData("*")]
    [InlineData("*" + AtomicFile.TempSuffix)]
    [InlineData("*.*")]
    [InlineData("20??.yaml")]
    [InlineData("*.y")]
    public void The_files_found_are_those_dotnet_lists(string pattern)
    {
        foreach (var name in new[] { "a/2018.yaml", "a/2018.YAML", "a/2018.yaml.bak", "a/.2018.yaml", "a/x.yamlx", "a/y", "a/z.", "a/w.y",
                     "b/c/2019.yaml", "b/c/.2019.html.123.4" + AtomicFile.TempSuffix, "b/noext", "b/[x].yaml", "b/a\"b.yaml", "b/a<b>.yaml", "b/a\\b.yaml", "b/ü.yaml" })
            Touch(name);
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "b", "linked.yaml"), Path.Combine(_ws.Root, "a", "2018.yaml"));
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "b", "dangling.yaml"), Path.Combine(_ws.Root, "nothing"));
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "b", "c-link.yaml"), Path.Combine(_ws.Root, "b", "c"));
        Directory.CreateDirectory(Path.Combine(_ws.Root, "d.yaml"));

        var expected = ListedByDotnet(_ws.Root, pattern);
        var listing = FileTree.Find(_ws.Root, pattern, realPaths: true);
        Assert.Equal(expected, listing.Files);
        Assert.Equal(listing.Files.Count, listing.RealPaths.Count);
        for (var i = 0; i < listing.Files.Count; i++)
            Assert.Equal(RealPath.Of(listing.Files[i]), listing.RealPaths[i]);
        Assert.Equal(RealPath.Of(_ws.Root), listing.RealRoot);
        Assert.Empty(FileTree.Find(_ws.Root, pattern).RealPaths);
    }

    /// <summary>What the walk did before: .NET's file listing per folder, its folder listing to go deeper, each real folder once.</summary>
    private static List<string> ListedByDotnet(string root, string pattern)
    {
        var files = new List<string>();
        var seen = new HashSet<string> { RealPath.Of(root) };
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        while (pending.TryPop(out var folder))
        {
            files.AddRange(Directory.EnumerateFiles(folder, pattern));
            foreach (var sub in Directory.EnumerateDirectories(folder))
                if (seen.Add(RealPath.Of(sub))) pending.Push(sub);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
