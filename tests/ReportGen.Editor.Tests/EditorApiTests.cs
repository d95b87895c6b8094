using System.Net;
using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;

namespace ReportGen.Editor.Tests;

/// <summary>The editor's API in process: open, preview, save, new, export, build — the pipeline's answers, the file's bytes.</summary>
public sealed class EditorApiTests
{
    private const string Report = "/api/reports/shili/2024";

    private static async Task<(JsonObject Opened, JsonObject Data)> Open(InProcessEditor editor)
    {
        await editor.OpenPageAsync("/edit/shili/2024");
        var opened = await editor.GetJsonAsync(Report);
        return (opened, opened["data"]!.AsObject());
    }

    private static JsonObject Table3(JsonObject data) => data["statistics"]!["table3"]!.AsObject();

    [Fact]
    public async Task The_workspace_lists_each_report_with_its_format_and_check_result()
    {
        using var workspace = new TestWorkspace("shili/2024", "chuanying/2018");
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var reports = (await editor.GetJsonAsync("/api/workspace"))["reports"]!.AsArray();
        Assert.Equal(["chuanying/2018", "shili/2024"], reports.Select(r => $"{r!["agency"]}/{r["year"]}"));
        var shili = reports.Single(r => r!["agency"]!.GetValue<string>() == "shili")!;
        Assert.Equal("2021", shili["formatId"]!.GetValue<string>());
        Assert.Equal(0, shili["errors"]!.GetValue<int>());
        Assert.Equal("示例市人民政府", shili["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_form_draws_table_three_with_the_official_labels_and_computed_totals()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var (opened, _) = await Open(editor);
        var table3 = opened["form"]!["tables"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "table3")!;
        var head = table3["head"]!.ToJsonString(EditorJson.Options);
        Assert.Contains("申请人情况", head);
        Assert.Contains("法人或其他组织", head);
        var cells = table3["body"]!.AsArray().SelectMany(r => r!.AsArray()).Where(c => !c!["header"]!.GetValue<bool>()).ToList();
        var total = cells.Single(c => c!["cell"]!.GetValue<string>() == "carried_forward.total")!;
        Assert.True(total["derived"]!.GetValue<bool>());
        Assert.False(cells.Single(c => c!["cell"]!.GetValue<string>() == "carried_forward.natural_person")!["derived"]!.GetValue<bool>());
        Assert.Equal("41", opened["result"]!["cells"]!["table3"]!["carried_forward.total"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_identity_is_reported_on_the_cell_and_the_total_is_the_models()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var (_, data) = await Open(editor);
        Table3(data)["carried_forward"]!["natural_person"] = 30;
        var result = await InProcessEditor.JsonOf(await editor.PostAsync(Report + "/preview", new JsonObject { ["data"] = data.DeepClone() }));
        var r1 = result["diagnostics"]!.AsArray().Single(d => d!["rule"]!.GetValue<string>() == "R1")!;
        Assert.Equal("statistics.table3.carried_forward.natural_person", r1["field"]!.GetValue<string>());
        Assert.Equal("error", r1["severity"]!.GetValue<string>());
        Assert.Equal("38", result["cells"]!["table3"]!["carried_forward.total"]!.GetValue<string>());
        Assert.Contains("38", result["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task Saving_a_one_cell_edit_changes_that_line_only()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var before = File.ReadAllLines(workspace.DataFile("shili/2024"));
        var (opened, data) = await Open(editor);
        data["statistics"]!["table4"]!["cases"]!["review_upheld"] = 19;
        var response = await editor.PostAsync(Report + "/save", new JsonObject { ["data"] = data.DeepClone(), ["version"] = opened["version"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = File.ReadAllLines(workspace.DataFile("shili/2024"));
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Single(changed);
        Assert.Contains("review_upheld: 19", after[changed[0]]);
        Assert.StartsWith("# yaml-language-server", after[0]);
    }

    [Fact]
    public async Task Saving_over_a_file_changed_since_it_was_opened_is_refused()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var (opened, data) = await Open(editor);
        var elsewhere = File.ReadAllText(workspace.DataFile("shili/2024")).Replace("review_upheld: 18", "review_upheld: 17");
        File.WriteAllText(workspace.DataFile("shili/2024"), elsewhere);
        data["statistics"]!["table4"]!["cases"]!["review_upheld"] = 19;
        var response = await editor.PostAsync(Report + "/save", new JsonObject { ["data"] = data.DeepClone(), ["version"] = opened["version"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已被修改", (await InProcessEditor.JsonOf(response))["message"]!.GetValue<string>());
        Assert.Equal(elsewhere, File.ReadAllText(workspace.DataFile("shili/2024")));
    }

    [Fact]
    public async Task What_the_loader_refuses_is_not_saved_and_is_worded_as_the_loader_words_it()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var before = File.ReadAllText(workspace.DataFile("shili/2024"));
        var (opened, data) = await Open(editor);
        Table3(data)["granted"]!["natural_person"] = "二百四十七";
        var response = await editor.PostAsync(Report + "/save", new JsonObject { ["data"] = data.DeepClone(), ["version"] = opened["version"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refusal = (await InProcessEditor.JsonOf(response))["diagnostics"]!.AsArray().Single()!;
        Assert.Equal("statistics.table3.granted.natural_person", refusal["field"]!.GetValue<string>());
        Assert.Equal(before, File.ReadAllText(workspace.DataFile("shili/2024")));

        // The same text through the loader directly says the same words.
        var text = YamlTextEditor.Rewrite(before, data);
        var loader = new Loading.ReportLoader(new Formats.FormatCatalog(workspace.Templates));
        var direct = loader.LoadText(workspace.DataFile("shili/2024"), text).Diagnostics.Single(d => d.IsError);
        Assert.Equal(direct.Message, refusal["message"]!.GetValue<string>());
        Assert.Equal(direct.RuleId, refusal["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task Next_years_report_is_created_from_this_years()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/new", new { agency = "shili", year = 2025 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/edit/shili/2025", (await InProcessEditor.JsonOf(response))["url"]!.GetValue<string>());
        Assert.True(File.Exists(workspace.DataFile("shili/2025")));
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/reports/shili/2025"))).StatusCode);
    }

    [Fact]
    public async Task The_pdf_of_the_unsaved_state_is_a_pdf_with_its_page_count()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var (_, data) = await Open(editor);
        var response = await editor.PostAsync(Report + "/export/pdf", new JsonObject { ["data"] = data.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal(pdf.NumberOfPages, int.Parse(response.Headers.GetValues("X-Page-Count").Single()));
        Assert.True(pdf.NumberOfPages >= 2);
    }

    [Fact]
    public async Task Building_streams_one_event_per_report_and_writes_the_outputs()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/build", new { reports = new[] { "shili/2024" } });
        var stream = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event: start", stream);
        Assert.Contains("event: done", stream);
        Assert.Contains("event: end", stream);
        foreach (var format in new[] { "pdf", "docx", "html" })
            Assert.True(File.Exists(Path.Combine(workspace.Root, "out", "shili", $"2024.{format}")), format);
        var listed = (await editor.GetJsonAsync("/api/workspace"))["reports"]!.AsArray().Single()!;
        Assert.Equal(3, listed["outputs"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/outputs/shili/2024.pdf"))).StatusCode);
    }

    [Fact]
    public async Task A_published_report_uploaded_is_imported_into_data()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var source = Path.Combine(TestWorkspace.RepoRoot, "tests", "ReportGen.Tests", "Importing", "Fixtures", "label-variants.html");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(source)), "file", "label-variants.html" },
            { new StringContent("imported"), "agency" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add(RequestGuard.TokenHeader, editor.Token);
        var response = await editor.SendAsync(request);
        var report = await InProcessEditor.JsonOf(response);
        Assert.True(report["written"]!.GetValue<bool>(), report.ToJsonString());
        Assert.StartsWith(Path.Combine("data", "imported"), report["target"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(workspace.Root, report["target"]!.GetValue<string>())));
    }
}
