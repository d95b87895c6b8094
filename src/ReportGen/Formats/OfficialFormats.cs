using ReportGen.Documents.Diagnostics;

namespace ReportGen.Formats;

/// <summary>
/// The format definitions the tool ships, built into the assembly from templates/&lt;id&gt;/format.yaml at
/// build time. A workspace may copy and edit its templates; these stay as released, so the official
/// wording and rules are compared with something the workspace cannot change (R29), and a copied format
/// keeps every rule the official one applies.
/// </summary>
public static class OfficialFormats
{
    private const string Prefix = "official/";
    private static readonly Lazy<IReadOnlyDictionary<string, FormatDefinition>> All = new(Load);

    public static IEnumerable<string> Ids => All.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The shipped definition of format <paramref name="id"/>, or null when the tool ships none (a workspace's own format).</summary>
    public static FormatDefinition? Find(string id) => All.Value.GetValueOrDefault(id);

    private static IReadOnlyDictionary<string, FormatDefinition> Load()
    {
        var assembly = typeof(OfficialFormats).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Select(name => (Name: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(Prefix, StringComparison.Ordinal) && r.Path.EndsWith("/format.yaml", StringComparison.Ordinal))
            .ToDictionary(r => r.Path[Prefix.Length..^"/format.yaml".Length], r => r.Name);
        var result = new Dictionary<string, FormatDefinition>(StringComparer.Ordinal);
        foreach (var (id, resource) in files)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var diagnostics = new DiagnosticBag();
            if (FormatReader.Read($"{Prefix}{id}/format.yaml", buffer.ToArray(), $"{Prefix}{id}", diagnostics, files.ContainsKey) is { } format)
                result[id] = format;
        }
        return result;
    }
}
