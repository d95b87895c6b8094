using System.Text.Json.Nodes;
using ReportGen.Importing;

namespace ReportGen.Editor;

/// <summary>The import report as the page shows it: what was found, what to review, and the diagnostics in the catalogue's words.</summary>
public static class ImportJson
{
    public static JsonObject Of(ImportReport report, string workspace) => new()
    {
        ["written"] = report.Written,
        ["target"] = report.Target is { } t ? Path.GetRelativePath(workspace, t) : null,
        ["url"] = report.Written && report.AgencyId is { } a && report.Year is { } y ? $"/edit/{a}/{y}" : null,
        ["format"] = report.Format,
        ["agency"] = report.Agency,
        ["year"] = report.Year,
        ["found"] = new JsonArray(report.Found.Select(f => (JsonNode)f).ToArray()),
        ["review"] = new JsonArray(report.Uncertain.Concat(report.BlankCells).Select(r => (JsonNode)new JsonObject { ["field"] = r.Field, ["why"] = r.Why }).ToArray()),
        ["notFound"] = new JsonArray(report.NotFound.Select(f => (JsonNode)f).ToArray()),
        ["diagnostics"] = EditorJson.Diagnostics(report.Diagnostics, workspace),
    };
}
