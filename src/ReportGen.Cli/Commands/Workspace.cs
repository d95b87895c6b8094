using ReportGen.Documents.Writers;
using ReportGen.Formats;

namespace ReportGen.Cli.Commands;

/// <summary>Where data, templates and outputs are, resolved once per command from the current folder.</summary>
public sealed record Workspace(string Root, string Templates)
{
    /// <summary>Looks for templates/ from the current folder upwards, then beside the tool itself.</summary>
    public static Workspace Discover(string? templates)
    {
        if (templates is not null) return new Workspace(Directory.GetCurrentDirectory(), Path.GetFullPath(templates));
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, "rules.yaml"))) return new Workspace(dir.FullName, candidate);
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        return new Workspace(Directory.GetCurrentDirectory(), beside);
    }

    public FormatCatalog Formats() => new(Templates);

    public static IReadOnlyList<IDocumentWriter> AllWriters() => WriterRegistry.All;
}
