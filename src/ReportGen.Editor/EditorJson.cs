using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Documents.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Editor;

/// <summary>What the browser receives about an evaluated report: diagnostics as the CLI words them, every cell as the model computed it.</summary>
public static class EditorJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Result(Evaluation evaluation, string workspace, string? html)
    {
        var diagnostics = evaluation.Diagnostics;
        return new JsonObject
        {
            ["editError"] = evaluation.EditError,
            ["html"] = html,
            ["diagnostics"] = Diagnostics(diagnostics, workspace),
            ["counts"] = new JsonObject
            {
                ["errors"] = diagnostics.Count(d => d.IsError),
                ["warnings"] = diagnostics.Count(d => d.Severity == Severity.Warning),
                ["drafts"] = evaluation.Unit?.Drafts.Length ?? 0,
            },
            ["cells"] = evaluation.Model is { } model ? Cells(model) : null,
        };
    }

    public static JsonArray Diagnostics(IEnumerable<Diagnostic> diagnostics, string workspace)
        => new(diagnostics.Select(d => (JsonNode)Diagnostic(d, workspace)).ToArray());

    /// <summary>One diagnostic with the words, hint and headline the terminal prints (<see cref="Diagnostic.Headline"/>, <see cref="Diagnostic.Advice"/>).</summary>
    public static JsonObject Diagnostic(Diagnostic d, string workspace) => new()
    {
        ["severity"] = d.Severity.ToString().ToLowerInvariant(),
        ["severityWord"] = Catalog.Phrases.SeverityWord(d.Severity),
        ["rule"] = d.RuleId,
        ["file"] = d.Span?.File is { } f ? Path.GetRelativePath(workspace, f) : null,
        ["line"] = d.Span?.Line,
        ["column"] = d.Span?.Column,
        ["field"] = d.Field,
        ["message"] = d.Message,
        ["hint"] = d.Advice,
        ["headline"] = d.Span?.File is { } file ? d.Headline.Replace(file, Path.GetRelativePath(workspace, file)) : d.Headline,
    };

    /// <summary>Every cell of every table as printed (<see cref="CellText"/>), keyed table → "row.column": totals are the model's.</summary>
    public static JsonObject Cells(ReportModel model)
    {
        var tables = new JsonObject();
        foreach (var (id, table) in model.Statistics.Tables)
        {
            var cells = new JsonObject();
            var def = table.Definition;
            foreach (var row in def.Rows.Where(r => r.Data))
                foreach (var column in def.Columns.Where(c => def.HasCell(row, c.Key)))
                    cells[$"{row.Key}.{column.Key}"] = table.Cell(row.Key, column.Key).IsReported ? CellText.Of(table, row.Key, column.Key) : null;
            tables[id] = cells;
        }
        return tables;
    }
}
