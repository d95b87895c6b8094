using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests;

/// <summary>
/// The shape ARCHITECTURE.md describes, enforced on the sources: every dependency between folders
/// (namespaces) points from a later stage to an earlier one, each assembly references only the ones
/// below it, and nothing but the Files layer opens a file.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Folders in pipeline order; a folder may use those before it, never one after it or beside it.</summary>
    private static readonly string[][] Order =
    [
        ["Files"],
        ["Documents.Diagnostics"],
        ["Parsing"],
        ["Formats"],
        ["Loading"],
        ["Model"],
        ["Checking"],
        ["Documents.Document"],
        ["Templating"],
        ["Documents.Layout.Text"],
        ["Documents.Layout.Pages"],
        ["Documents.Layout.Tables"],
        ["Documents.Layout.Charts"],
        ["Documents.Layout.Flow"],
        ["Documents.Layout"],
        ["Documents.Fonts"],
        ["Documents.Writers"],
        ["Documents.Writers.Packaging"],
        ["Documents.Writers.Docx", "Documents.Writers.Html", "Documents.Writers.Pdf", "Documents.Writers.Ofd"],
        ["Building"],
        ["Authoring"],
        ["Importing"],
        ["Tooling.Documents", "Tooling.Sampling"],
        ["Tooling.Fuzzing", "Tooling.Benchmarks"],
        ["Editor"],
        ["Cli"],
    ];

    private static readonly Dictionary<string, string[]> ProjectReferences = new()
    {
        ["ReportGen.Files"] = [],
        ["ReportGen.Documents"] = ["ReportGen.Files"],
        ["ReportGen"] = ["ReportGen.Files", "ReportGen.Documents"],
        ["ReportGen.Tooling"] = ["ReportGen"],
        ["ReportGen.Editor"] = ["ReportGen"],
        ["ReportGen.Cli"] = ["ReportGen", "ReportGen.Tooling", "ReportGen.Editor"],
    };

    [Fact]
    public void Every_dependency_between_folders_points_back_along_the_pipeline()
    {
        var rank = Order.SelectMany((group, i) => group.Select(folder => (folder, i))).ToDictionary(x => x.folder, x => x.i);
        var sources = Sources().ToList();
        var namespaces = sources.Select(s => s.Namespace).ToHashSet();
        var wrong = new List<string>();
        foreach (var (file, ns, text) in sources)
        {
            var from = Folder(ns);
            Assert.True(rank.ContainsKey(from), $"{file}: folder {from} is not in the pipeline order (ArchitectureTests.Order, ARCHITECTURE.md)");
            foreach (var used in References(text).Select(r => Resolve(r, namespaces)).OfType<string>().Select(Folder).Distinct())
                if (used != from && (!rank.TryGetValue(used, out var to) || to >= rank[from]))
                    wrong.Add($"{Path.GetRelativePath(Repo.Root, file)}: {from} → {used}");
        }
        Assert.True(wrong.Count == 0, "dependencies against the pipeline:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Each_assembly_references_only_those_below_it()
    {
        foreach (var (project, allowed) in ProjectReferences)
        {
            var csproj = File.ReadAllText(Path.Combine(Repo.Root, "src", project, project + ".csproj"));
            var references = ProjectReference().Matches(csproj).Select(m => m.Groups[1].Value).Order().ToArray();
            Assert.Equal(allowed.Order().ToArray(), references);
        }
    }

    [Fact]
    public void Only_the_files_layer_opens_files()
    {
        var offenders = Sources()
            .Where(s => !s.Namespace.StartsWith("ReportGen.Files", StringComparison.Ordinal) && !s.Namespace.StartsWith("ReportGen.Tooling", StringComparison.Ordinal))
            .SelectMany(s => FileAccess().Matches(StripComments(s.Text)).Select(m => $"{Path.GetRelativePath(Repo.Root, s.File)}: {m.Value}"))
            .ToList();
        Assert.True(offenders.Count == 0, "file access outside src/ReportGen.Files:\n" + string.Join("\n", offenders));
    }

    /// <summary>A diagnostic is worded by the catalogue: nothing outside it builds one from free text (the checker turns rules' catalogue-worded findings into diagnostics).</summary>
    [Fact]
    public void Every_diagnostic_is_made_from_the_catalogue()
    {
        var offenders = Sources()
            .Where(s => s.Namespace != "ReportGen.Documents.Diagnostics" && !s.File.EndsWith(Path.Combine("Checking", "Checker.cs"), StringComparison.Ordinal))
            .Where(s => StripComments(s.Text).Contains("new Diagnostic(", StringComparison.Ordinal))
            .Select(s => Path.GetRelativePath(Repo.Root, s.File)).ToList();
        Assert.True(offenders.Count == 0, "diagnostics made outside the catalogue:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<(string File, string Namespace, string Text)> Sources()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is { Success: true } m) yield return (file, m.Groups[1].Value, text);
        }
    }

    /// <summary>ReportGen.Documents.Layout.Flow → Documents.Layout.Flow; ReportGen.Cli.Commands → Cli; ReportGen.Loading → Loading.</summary>
    private static string Folder(string ns)
    {
        var parts = ns.Split('.');
        return parts[1] switch
        {
            "Documents" when parts.Length >= 4 && parts[2] is "Layout" or "Writers" && parts[3] != "Subsetting" => string.Join('.', parts[1..4]),
            "Documents" when parts.Length >= 3 => string.Join('.', parts[1..3]),
            "Tooling" when parts.Length >= 3 => string.Join('.', parts[1..3]),
            _ => parts[1],
        };
    }

    private static IEnumerable<string> References(string text)
        => UsingLine().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(QualifiedName().Matches(StripComments(text)).Select(m => m.Groups[1].Value));

    /// <summary>The namespace a reference names: the longest prefix of it that is a namespace of the sources.</summary>
    private static string? Resolve(string reference, HashSet<string> namespaces)
    {
        var parts = reference.Split('.');
        for (var n = parts.Length; n > 1; n--)
        {
            var candidate = string.Join('.', parts[..n]);
            if (namespaces.Contains(candidate)) return candidate;
        }
        return null;
    }

    private static string StripComments(string text) => Comment().Replace(text, "");

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?(ReportGen[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"\b(ReportGen(?:\.\w+)+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<ProjectReference Include=""[^""]*[\\/]([\w.]+)\.csproj""")]
    private static partial Regex ProjectReference();

    /// <summary>Opening, reading, writing, copying or listing files: the Files layer's business.</summary>
    [GeneratedRegex(@"\bFile\.(?:ReadAll\w*|ReadLines|Open\w*|WriteAll\w*|AppendAll\w*|Create\w*|Copy|Move|Replace)\(|\bnew (?:FileStream|StreamReader|StreamWriter)\(\s*(?:path|file|target|temp|\w*[Pp]ath|\w*[Ff]ile)\b|\bDirectory\.(?:Enumerate|Get)(?:Files|Directories|FileSystemEntries)\(")]
    private static partial Regex FileAccess();
}
