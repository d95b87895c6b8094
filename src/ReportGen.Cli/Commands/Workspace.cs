using ReportGen.Documents.Writers;
using ReportGen.Formats;
using ReportGen.Files;

namespace ReportGen.Cli.Commands;

/// <summary>Where data, templates and outputs are, resolved once per command from the current folder.</summary>
public sealed record Workspace(string Root, string Templates)
{
    /// <summary>Looks for templates/ (a folder with format folders) from the current folder upwards, then beside the tool itself.</summary>
    public static Workspace Discover(string? templates)
    {
        if (templates is not null) return new Workspace(Directory.GetCurrentDirectory(), Path.GetFullPath(templates));
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (HasFormats(candidate)) return new Workspace(dir.FullName, candidate);
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        return new Workspace(Directory.GetCurrentDirectory(), beside);
    }

    public FormatCatalog Formats() => new(Templates);

    /// <summary>
    /// A templates folder of its own: one with a format folder (templates/&lt;id&gt;/format.yaml), or, as
    /// workspaces copied before the rule texts moved into the tool, with a rules.yaml. A workspace made by
    /// <c>reportgen init</c> has only the schema there and uses the built-in templates.
    /// </summary>
    private static bool HasFormats(string folder)
        => File.Exists(Path.Combine(folder, "rules.yaml")) || FileTree.Folders(folder).Any(d => File.Exists(Path.Combine(d, "format.yaml")));

    public static IReadOnlyList<IDocumentWriter> AllWriters() => WriterRegistry.All;
}
