using System.Text.Json.Nodes;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Editor;

/// <summary>
/// The workspace page's table: every data/&lt;agency&gt;/&lt;year&gt;.yaml with its agency, format and what
/// <c>reportgen check</c> says of it (errors, warnings, drafts still 【待填写】), and the outputs built from it.
/// </summary>
public sealed class WorkspaceListing(ReportEditing editing)
{
    public IEnumerable<ReportRef> Reports()
    {
        var options = editing.Options;
        foreach (var folder in FileTree.Folders(options.DataRoot).Order(StringComparer.Ordinal))
            foreach (var file in FileTree.Files(folder, "*.yaml").Order(StringComparer.Ordinal))
                if (ReportLocator.TryParse(Path.GetFileName(folder), Path.GetFileNameWithoutExtension(file), out var report)
                    && editing.Locator.ConfinedDataFile(report) is not null)
                    yield return report;
    }

    public JsonArray List() => new(Reports().Select(r => (JsonNode)Entry(r)).ToArray());

    public JsonObject Entry(ReportRef report)
    {
        var path = editing.Locator.DataFile(report);
        var unit = editing.Pipeline.Loader.Load(path);
        var (_, diagnostics) = editing.Pipeline.Check(unit);
        var modified = File.GetLastWriteTimeUtc(path);
        var outputs = new JsonArray();
        DateTime? built = null;
        foreach (var format in ReportLocator.OutputFormats)
            if (editing.Locator.ConfinedOutput(report, format) is { } output && File.Exists(output))
            {
                var when = File.GetLastWriteTimeUtc(output);
                built = built is null || when < built ? when : built;
                outputs.Add(new JsonObject { ["format"] = format, ["url"] = $"/outputs/{report.Agency}/{report.Year}.{format}" });
            }
        return new JsonObject
        {
            ["agency"] = report.Agency,
            ["year"] = report.Year,
            ["name"] = unit.Input?.Agency.Name ?? report.Agency,
            ["format"] = unit.Input?.Format.Name,
            ["formatId"] = unit.Input?.Format.Id,
            ["errors"] = diagnostics.Count(d => d.IsError),
            ["warnings"] = diagnostics.Count(d => d.Severity == Severity.Warning),
            ["drafts"] = unit.Drafts.Length,
            ["firstError"] = diagnostics.FirstOrDefault(d => d.IsError)?.Message,
            ["built"] = built is { } b ? new DateTimeOffset(b, TimeSpan.Zero).ToString("O") : null,
            // Outputs older than the data file show last saved state is not built yet.
            ["stale"] = built is { } at && at < modified,
            ["outputs"] = outputs,
        };
    }
}
