using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReportGen.Editor;

/// <summary>
/// Builds one report or all of them, streaming progress to the page as server-sent events (start, done per
/// report, end) so the workspace shows each result as it comes. Outputs go to out/ exactly as <c>reportgen build</c> writes them.
/// </summary>
public static class BuildStream
{
    public static async Task RunAsync(HttpContext context, ReportEditing editing, WorkspaceListing listing)
    {
        var body = await RequestBody.ReadJsonAsync(context.Request, 64 * 1024, context.RequestAborted);
        var wanted = (body?["reports"] as JsonArray)?.Select(n => n?.ToString()).OfType<string>().ToHashSet();
        var reports = listing.Reports().Where(r => wanted is null || wanted.Contains(r.Id)).ToList();
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var clock = editing.Options.Clock;
        var started = clock.GetTimestamp();
        int built = 0, failed = 0;
        await EditorApp.WriteEvent(response, "begin", new JsonObject { ["total"] = reports.Count }, context.RequestAborted);
        foreach (var report in reports)
        {
            await EditorApp.WriteEvent(response, "start", new JsonObject { ["id"] = report.Id }, context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            var result = await Task.Run(() => editing.Pipeline.Build(editing.Locator.DataFile(report), editing.Options.OutputRoot), context.RequestAborted);
            if (result.Failed) failed++; else built++;
            await EditorApp.WriteEvent(response, "done", new JsonObject
            {
                ["id"] = report.Id,
                ["ok"] = !result.Failed,
                ["errors"] = result.Diagnostics.Count(d => d.IsError),
                ["warnings"] = result.Warnings,
                ["firstError"] = result.Diagnostics.FirstOrDefault(d => d.IsError) is { } e ? EditorJson.Diagnostic(e, editing.Options.Workspace) : null,
                ["entry"] = listing.Entry(report),
            }, context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
        }
        await EditorApp.WriteEvent(response, "end", new JsonObject
        {
            ["built"] = built,
            ["failed"] = failed,
            ["seconds"] = Math.Round(clock.GetElapsedTime(started).TotalSeconds, 2),
        }, context.RequestAborted);
    }
}
