using System.Collections.Concurrent;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Formats;

/// <summary>
/// The formats found under the templates folder (one sub-folder with a format.yaml each), each read
/// and validated once and shared read-only by a batch. A format.yaml with mistakes yields its
/// diagnostics (with positions in the format.yaml) instead of a definition.
/// </summary>
public sealed class FormatCatalog
{
    private readonly ConcurrentDictionary<string, FormatLoad> _formats = new();

    public FormatCatalog(string templatesRoot)
    {
        TemplatesRoot = Path.GetFullPath(templatesRoot);
    }

    public string TemplatesRoot { get; }

    public IEnumerable<string> FormatIds =>
        FileTree.Folders(TemplatesRoot)
            .Where(d => File.Exists(Path.Combine(d, "format.yaml")))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>
    /// The format in force now: the one whose years are open-ended, the latest of them (2021 today). Samples,
    /// benchmarks and tests that want “a current-format report” ask this rather than match text.
    /// </summary>
    public FormatDefinition? Current => FormatIds.Select(Find).OfType<FormatDefinition>()
        .Where(f => f.FirstYear is not null && f.LastYear is null).MaxBy(f => f.FirstYear);

    /// <summary>The format with this id, or null when no such folder exists or its definition has errors.</summary>
    public FormatDefinition? Find(string id) => Load(id).Format;

    /// <summary>The format with this id and what was wrong with its definition; <see cref="FormatLoad.Exists"/> is false when there is no such folder.</summary>
    public FormatLoad Load(string id)
    {
        // Ids come from user data: only plain names may select a folder.
        if (string.IsNullOrEmpty(id) || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return FormatLoad.None;
        return _formats.GetOrAdd(id, Read);
    }

    private FormatLoad Read(string id)
    {
        var folder = Path.Combine(TemplatesRoot, id);
        var file = Path.Combine(folder, "format.yaml");
        // No such format (also a name too long to be a folder): the data names an unknown format.
        if (!File.Exists(file)) return FormatLoad.None;
        var read = InputFile.Read(FileKind.Format, file, TemplatesRoot);
        if (read.Problem == FileProblem.Missing) return FormatLoad.None;
        var diagnostics = new DiagnosticBag();
        if (!read.Ok)
        {
            diagnostics.Add(FileDiagnostics.Of(read, TemplatesRoot));
            return new FormatLoad(true, null, diagnostics.Items);
        }
        var format = FormatReader.Read(file, read.Content, folder, diagnostics,
            other => InputFile.Probe(FileKind.Format, Path.Combine(TemplatesRoot, other, "format.yaml"), TemplatesRoot).Ok);
        if (format?.LexiconFile is { } lexiconFile) format = WithLexicon(format, Path.Combine(folder, lexiconFile), diagnostics);
        return new FormatLoad(true, format, diagnostics.Items);
    }

    /// <summary>The format with its lexicon read from beside its format.yaml; null (the format unusable) when the lexicon is missing or wrong.</summary>
    private FormatDefinition? WithLexicon(FormatDefinition format, string file, DiagnosticBag diagnostics)
    {
        var read = InputFile.Read(FileKind.Format, file, TemplatesRoot);
        if (!read.Ok)
        {
            diagnostics.Add(read.Problem == FileProblem.Missing
                ? Catalog.Formats.MissingLexicon.At(new SourceSpan(format.File, 1, 1), "lexicon", Path.GetFileName(file))
                : FileDiagnostics.Of(read, TemplatesRoot));
            return null;
        }
        var sections = format.Sections.SelectMany(s => s.Subtopics.Select(t => t.Key).Prepend(s.Key)).ToHashSet();
        var lexicon = LexiconReader.Read(file, read.Content, format.Tables, sections, diagnostics);
        return lexicon is null ? null : format with { Lexicon = lexicon };
    }
}

/// <summary>A format as loaded: the definition (null when missing or invalid) and the diagnostics of its format.yaml.</summary>
public sealed record FormatLoad(bool Exists, FormatDefinition? Format, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static FormatLoad None { get; } = new(false, null, Array.Empty<Diagnostic>());
}
