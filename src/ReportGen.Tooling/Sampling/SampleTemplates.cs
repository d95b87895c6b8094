using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Parsing;

namespace ReportGen.Tooling.Sampling;

/// <summary>The data files samples are varied from: reports in the current format that are not roll-ups (their members would be missing in a sample folder).</summary>
public static class SampleTemplates
{
    public static IReadOnlyList<string> Find(string dataRoot, FormatCatalog formats)
    {
        if (!Directory.Exists(dataRoot) || formats.Current is not { } current) return Array.Empty<string>();
        return FileTree.Find(dataRoot, "*.yaml").Order(StringComparer.Ordinal)
            .Where(f => InputFile.Read(FileKind.Data, f) is { Ok: true } read
                        && YamlSource.Parse(f, read.Content, new DiagnosticBag()) is YamlMapping top
                        && top.Get("format") is YamlScalar { Value: var id } && id == current.Id
                        && top.Get("members") is null)
            .ToList();
    }
}
