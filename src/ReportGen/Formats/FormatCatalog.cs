using System.Collections.Concurrent;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Formats;

/// <summary>
/// The formats found under the templates folder (one sub-folder with a format.yaml each) and the
/// rule catalogue (templates/rules.yaml). Loaded once and shared read-only by a batch.
/// </summary>
public sealed class FormatCatalog
{
    private readonly ConcurrentDictionary<string, FormatDefinition?> _formats = new();

    public FormatCatalog(string templatesRoot)
    {
        TemplatesRoot = Path.GetFullPath(templatesRoot);
        Rules = LoadRules(Path.Combine(TemplatesRoot, "rules.yaml"));
    }

    public string TemplatesRoot { get; }
    public IReadOnlyDictionary<string, RuleInfo> Rules { get; }

    public IEnumerable<string> FormatIds =>
        Directory.Exists(TemplatesRoot)
            ? Directory.GetDirectories(TemplatesRoot)
                .Where(d => File.Exists(Path.Combine(d, "format.yaml")))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    /// <summary>The format with this id, or null when no such folder exists.</summary>
    public FormatDefinition? Find(string id)
    {
        // Ids come from user data: only plain names may select a folder.
        if (string.IsNullOrEmpty(id) || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        return _formats.GetOrAdd(id, Load);
    }

    private FormatDefinition? Load(string id)
    {
        var folder = Path.Combine(TemplatesRoot, id);
        var file = Path.Combine(folder, "format.yaml");
        if (!File.Exists(file)) return null;
        try
        {
            var format = Deserializer.Deserialize<FormatDefinition>(File.ReadAllText(file));
            format.Folder = folder;
            // The R9 carry-over link is declared once (cross_year); `reportgen new` reads it from the table.
            foreach (var link in format.CrossYear.Where(c => c.Kind == "carry_over" && c.This is not null && c.Previous is not null))
                if (format.FindTable(link.Table) is { } table)
                    table.CarryOver ??= new CarryOverDefinition { FromRow = link.Previous!, ToRow = link.This! };
            return format;
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{file}:{e.Start.Line}:{e.Start.Column}: 格式定义文件有误：{e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithAttemptingUnquotedStringTypeDeserialization()
        .Build();

    private static IReadOnlyDictionary<string, RuleInfo> LoadRules(string file)
    {
        if (!File.Exists(file)) return new Dictionary<string, RuleInfo>();
        var raw = Deserializer.Deserialize<Dictionary<string, RuleInfo>>(File.ReadAllText(file));
        foreach (var (id, info) in raw) info.Id = id;
        return raw;
    }
}

public sealed class RuleInfo
{
    public string Id { get; set; } = "";
    public string Severity { get; set; } = "error";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string Why { get; set; } = "";
}
