using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// The importer's words beyond the official ones (templates/&lt;format&gt;/import.yaml, or the file of the
/// format whose templates it reuses): heading and label variants real reports print, and the words
/// prose uses for a table cell. Official labels always come from the format definition itself.
/// </summary>
public sealed class ImportLexicon
{
    public const string FileName = "import.yaml";

    public Dictionary<string, List<string>> Headings { get; set; } = new();
    public Dictionary<string, TableLexicon> Tables { get; set; } = new();
    /// <summary>Keyed <c>table.row</c> or <c>table.*.column</c>.</summary>
    public Dictionary<string, List<string>> Mentions { get; set; } = new();

    public static ImportLexicon Empty { get; } = new();

    public IReadOnlyList<string> HeadingVariants(string key) => Headings.GetValueOrDefault(key) ?? (IReadOnlyList<string>)Array.Empty<string>();

    public IReadOnlyList<string> RowVariants(string table, string row)
        => Tables.GetValueOrDefault(table)?.Rows.GetValueOrDefault(row) ?? (IReadOnlyList<string>)Array.Empty<string>();

    public IReadOnlyList<string> ColumnVariants(string table, string column)
        => Tables.GetValueOrDefault(table)?.Columns.GetValueOrDefault(column) ?? (IReadOnlyList<string>)Array.Empty<string>();

    public IReadOnlyList<string> RowMentions(string table, string row)
        => Mentions.GetValueOrDefault($"{table}.{row}") ?? (IReadOnlyList<string>)Array.Empty<string>();

    public IReadOnlyList<string> ColumnMentions(string table, string column)
        => Mentions.GetValueOrDefault($"{table}.*.{column}") ?? (IReadOnlyList<string>)Array.Empty<string>();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FormatDefinition, ImportLexicon> Cache = new();

    /// <summary>The format folder's lexicon, else that of the format it takes templates from, else none (read once per format definition).</summary>
    public static ImportLexicon For(FormatDefinition format) => Cache.GetValue(format, Find);

    private static ImportLexicon Find(FormatDefinition format)
    {
        var own = Path.Combine(format.Folder, FileName);
        if (File.Exists(own)) return Load(own);
        if (format.TemplatesFrom is { } other)
        {
            var shared = Path.Combine(Path.GetDirectoryName(format.Folder) ?? "", other, FileName);
            if (File.Exists(shared)) return Load(shared);
        }
        return Empty;
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static ImportLexicon Load(string file)
    {
        try
        {
            var text = InputFile.ReadText(FileKind.Format, file, out var read);
            if (text is null) throw new FileReadException(read);
            return Deserializer.Deserialize<ImportLexicon>(text) ?? Empty;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{file}:{e.Start.Line}:{e.Start.Column}: " + Catalog.Importing.LexiconInvalid.Text(e.InnerException?.Message ?? e.Message), e);
        }
    }
}

public sealed class TableLexicon
{
    public Dictionary<string, List<string>> Rows { get; set; } = new();
    public Dictionary<string, List<string>> Columns { get; set; } = new();
}
