using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGen.Authoring;
using ReportGen.Authoring.Editing;
using ReportGen.Files;
using ReportGen.Importing;

namespace ReportGen.Editor;

/// <summary>
/// <c>reportgen serve</c>: the web application. Pages and their scripts are embedded; the API works on one
/// workspace's data/ and out/ through <see cref="ReportEditing"/>; every request first passes <see cref="RequestGuard"/>.
/// </summary>
public static class EditorApp
{
    /// <summary>Pages may load only what this server sends; the preview frame shows the HTML writer's output without scripts.</summary>
    private const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                                      "frame-src 'self' blob:; object-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication Create(EditorOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.Workspace });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 64 * 1024;
            if (options.Listen is null) kestrel.Listen(IPAddress.Loopback, options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Listen), options.Port);
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        var guard = new RequestGuard(options);
        var editing = new ReportEditing(options);
        var listing = new WorkspaceListing(editing);
        app.Use(async (context, next) =>
        {
            try { await guard.InvokeAsync(context, _ => next()); }
            catch (BodyTooLargeException e) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"请求过大：超过 {e.Limit / 1024 / 1024} MB 的上限。");
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsync("请求过大。");
            }
        });

        app.MapGet("/", (Delegate)((HttpContext c) => Page(c, guard, "workspace.html")));
        app.MapGet("/edit/{agency}/{year}", (HttpContext c, string agency, string year)
            => ReportLocator.TryParse(agency, year, out _) ? Page(c, guard, "editor.html") : NotFound());
        app.MapGet("/assets/{name}", (string name) => PageAssets.Get(name) is { } bytes
            ? Results.Bytes(bytes, PageAssets.ContentType(name)) : NotFound());

        app.MapGet("/api/workspace", () => Json(new JsonObject { ["reports"] = listing.List() }));
        app.MapGet("/api/reports/{agency}/{year}", (string agency, string year) => Open(editing, agency, year));
        app.MapPost("/api/reports/{agency}/{year}/preview", (HttpContext c, string agency, string year) => Preview(c, editing, agency, year));
        app.MapPost("/api/reports/{agency}/{year}/save", (HttpContext c, string agency, string year) => Save(c, editing, agency, year));
        app.MapPost("/api/reports/{agency}/{year}/export/{format}", (HttpContext c, string agency, string year, string format)
            => Export(c, editing, agency, year, format));
        app.MapPost("/api/new", (Delegate)((HttpContext c) => NewYear(c, editing)));
        app.MapPost("/api/build", (HttpContext c) => BuildStream.RunAsync(c, editing, listing));
        app.MapPost("/api/import", (Delegate)((HttpContext c) => Import(c, editing)));
        app.MapGet("/outputs/{agency}/{file}", (string agency, string file) => Output(editing, agency, file));
        return app;
    }

    private static IResult Page(HttpContext context, RequestGuard guard, string name)
    {
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(PageAssets.Page(name, guard.AntiForgeryToken(context)), "text/html; charset=utf-8");
    }

    private static IResult Json(JsonNode node, int status = 200)
        => Results.Content(node.ToJsonString(EditorJson.Options), "application/json; charset=utf-8", Encoding.UTF8, status);

    private static IResult NotFound(string message = "找不到该报告。") => Message(StatusCodes.Status404NotFound, message);

    private static IResult Message(int status, string message) => Json(new JsonObject { ["message"] = message }, status);

    /// <summary>The report's file inside data/, or why not.</summary>
    private static (ReportRef? Report, string? Path, IResult? Problem) Locate(ReportEditing editing, string agency, string year)
    {
        if (!ReportLocator.TryParse(agency, year, out var report)) return (null, null, NotFound("报告标识无效：机关标识只能用小写字母、数字和连字符，年度为四位数字。"));
        var path = editing.Locator.ConfinedDataFile(report);
        if (path is null) return (null, null, Message(StatusCodes.Status403Forbidden, "拒绝访问：该报告的文件不在工作区的 data/ 文件夹内。"));
        return (report, path, null);
    }

    private static IResult Open(ReportEditing editing, string agency, string year)
    {
        var (report, path, problem) = Locate(editing, agency, year);
        if (problem is not null) return problem;
        var disk = editing.ReadDisk(path!);
        if (disk is null) return NotFound($"找不到数据文件 data/{report!.Agency}/{report.Year}.yaml。");
        JsonNode? data;
        try { data = DataFileJson.Read(disk.Text); }
        catch (Exception e) when (e is YamlEditException or YamlDotNet.Core.YamlException or FormatException)
        {
            // A file the reader cannot read as a tree: show why (the loader's own words), editing waits for a fix in a text editor.
            var unit = editing.Pipeline.Loader.LoadText(path!, disk.Text);
            return Json(new JsonObject
            {
                ["message"] = "该文件无法在编辑器中打开，请先按下列提示修正：",
                ["diagnostics"] = EditorJson.Diagnostics(unit.Diagnostics, editing.Options.Workspace),
            }, StatusCodes.Status422UnprocessableEntity);
        }
        var evaluation = editing.Evaluate(path!, disk, data);
        var format = evaluation.Unit?.Input?.Format ?? editing.Pipeline.Formats.Find(data?["format"]?.ToString() ?? "");
        return Json(new JsonObject
        {
            ["agency"] = report!.Agency,
            ["year"] = report.Year,
            ["file"] = $"data/{report.Agency}/{report.Year}.yaml",
            ["version"] = disk.Version,
            ["data"] = data,
            ["form"] = format is null ? null : FormDescription.Of(format),
            ["result"] = Result(editing, evaluation),
        });
    }

    private static JsonObject Result(ReportEditing editing, Evaluation evaluation)
        => EditorJson.Result(evaluation, editing.Options.Workspace, evaluation.Document is { } d ? editing.Html(d) : null);

    private static async Task<IResult> Preview(HttpContext context, ReportEditing editing, string agency, string year)
    {
        var (_, path, problem) = Locate(editing, agency, year);
        if (problem is not null) return problem;
        var body = await RequestBody.ReadJsonAsync(context.Request, editing.Options.MaxJsonBytes, context.RequestAborted);
        if (body is null) return Message(StatusCodes.Status400BadRequest, "请求内容无效。");
        var clock = editing.Options.Clock;
        var started = clock.GetTimestamp();
        var disk = editing.ReadDisk(path!);
        if (disk is null) return NotFound();
        var result = Result(editing, editing.Evaluate(path!, disk, body["data"]));
        // The server's share of keystroke-to-preview, for the benchmark and the browser's developer tools.
        context.Response.Headers["Server-Timing"] = FormattableString.Invariant($"pipeline;dur={clock.GetElapsedTime(started).TotalMilliseconds:F1}");
        return Json(result);
    }

    private static async Task<IResult> Save(HttpContext context, ReportEditing editing, string agency, string year)
    {
        var (_, path, problem) = Locate(editing, agency, year);
        if (problem is not null) return problem;
        var body = await RequestBody.ReadJsonAsync(context.Request, editing.Options.MaxJsonBytes, context.RequestAborted);
        if (body?["version"]?.GetValue<string>() is not { } version) return Message(StatusCodes.Status400BadRequest, "请求内容无效。");
        var outcome = await editing.SaveAsync(path!, body["data"], version, context.RequestAborted);
        return outcome.Status switch
        {
            SaveStatus.Missing => NotFound("数据文件已不存在（可能已被移动或删除），未保存。"),
            SaveStatus.Conflict => Json(new JsonObject
            {
                ["message"] = "保存失败：文件在您打开之后已被修改（可能在其他窗口或编辑器中）。为避免覆盖他人的修改，本次未保存。请重新载入文件后再修改；您未保存的修改仍保留在本页中。",
                ["version"] = outcome.Version,
            }, StatusCodes.Status409Conflict),
            SaveStatus.Refused => Json(new JsonObject
            {
                ["message"] = outcome.Message ?? "保存失败：以下内容无法写入数据文件，文件保持原样。",
                ["diagnostics"] = EditorJson.Diagnostics(outcome.Refusals, editing.Options.Workspace),
            }, StatusCodes.Status422UnprocessableEntity),
            _ => Json(new JsonObject { ["version"] = outcome.Version, ["result"] = Result(editing, outcome.Evaluation!) }),
        };
    }

    private static async Task<IResult> Export(HttpContext context, ReportEditing editing, string agency, string year, string format)
    {
        var (report, path, problem) = Locate(editing, agency, year);
        if (problem is not null) return problem;
        if (!ReportLocator.OutputFormats.Contains(format)) return NotFound("不支持的格式。");
        var body = await RequestBody.ReadJsonAsync(context.Request, editing.Options.MaxJsonBytes, context.RequestAborted);
        if (body is null) return Message(StatusCodes.Status400BadRequest, "请求内容无效。");
        var disk = editing.ReadDisk(path!);
        if (disk is null) return NotFound();
        var evaluation = editing.Evaluate(path!, disk, body["data"]);
        if (evaluation.Document is null)
            return Json(new JsonObject
            {
                ["message"] = evaluation.EditError ?? "无法生成文档：请先修正下列错误。",
                ["diagnostics"] = EditorJson.Diagnostics(evaluation.Diagnostics.Where(d => d.IsError), editing.Options.Workspace),
            }, StatusCodes.Status422UnprocessableEntity);
        var (bytes, pages) = editing.Export(evaluation.Document, format);
        if (pages is { } n) context.Response.Headers["X-Page-Count"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var type = format switch
        {
            "pdf" => "application/pdf",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => "text/html; charset=utf-8",
        };
        return Results.File(bytes, type, $"{report!.Agency}-{report.Year}.{format}");
    }

    private static async Task<IResult> NewYear(HttpContext context, ReportEditing editing)
    {
        var body = await RequestBody.ReadJsonAsync(context.Request, 64 * 1024, context.RequestAborted);
        if (!ReportLocator.TryParse(body?["agency"]?.ToString(), body?["year"]?.ToString(), out var report))
            return Message(StatusCodes.Status400BadRequest, "请选择机关并填写四位数的年度。");
        if (editing.Locator.ConfinedDataFile(report) is null)
            return Message(StatusCodes.Status403Forbidden, "拒绝访问：该机关的文件夹不在工作区的 data/ 文件夹内。");
        var result = NewReport.Create(editing.Options.DataRoot, report.Agency, report.Year, editing.Pipeline.Formats);
        return Json(new JsonObject
        {
            ["ok"] = result.Ok,
            ["message"] = result.Message,
            ["diagnostics"] = EditorJson.Diagnostics(result.Diagnostics, editing.Options.Workspace),
            ["url"] = result.Ok ? $"/edit/{report.Agency}/{report.Year}" : null,
        }, result.Ok ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Import(HttpContext context, ReportEditing editing)
    {
        if (!context.Request.HasFormContentType) return Message(StatusCodes.Status400BadRequest, "请选择要导入的文件。");
        if (context.Request.ContentLength > editing.Options.MaxUploadBytes) throw new BodyTooLargeException(editing.Options.MaxUploadBytes);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return Message(StatusCodes.Status400BadRequest, "请选择要导入的文件。");
        if (file.Length > editing.Options.MaxUploadBytes) throw new BodyTooLargeException(editing.Options.MaxUploadBytes);
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var agency = form["agency"].ToString() is { Length: > 0 } a ? a : null;
        int? year = int.TryParse(form["year"].ToString(), out var y) ? y : null;
        var report = new Importer(editing.Pipeline.Formats).Import(name, buffer.ToArray(), new ImportOptions(agency, year, null, editing.Options.DataRoot));
        return Json(ImportJson.Of(report, editing.Options.Workspace), report.Written ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Output(ReportEditing editing, string agency, string file)
    {
        var dot = file.LastIndexOf('.');
        if (dot < 0 || !ReportLocator.TryParse(agency, file[..dot], out var report)) return NotFound("找不到该文件。");
        var format = file[(dot + 1)..];
        if (editing.Locator.ConfinedOutput(report, format) is not { } path) return NotFound("找不到该文件。");
        var read = InputFile.Read(FileKind.Published, path, editing.Options.OutputRoot);
        if (!read.Ok) return NotFound("找不到该文件（尚未生成）。");
        var type = format switch { "pdf" => "application/pdf", "html" => "text/html; charset=utf-8", _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
        return format == "html"
            ? Results.Bytes(read.Content, type)
            : Results.File(read.Content, type, $"{report.Agency}-{report.Year}.{format}");
    }

    internal static Task WriteEvent(HttpResponse response, string name, JsonNode data, CancellationToken cancellation)
        => response.WriteAsync($"event: {name}\ndata: {data.ToJsonString(EditorJson.Options)}\n\n", cancellation);
}
