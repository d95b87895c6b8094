using System.Net;
using System.Text;

namespace ReportGen.Editor.Tests;

/// <summary>One test per rule of <see cref="RequestGuard"/> and the workspace confinement: each tries what an attacker would.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task A_page_reached_under_another_host_name_is_refused()
    {
        // DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends Host: evil.example.
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/workspace");
        request.Headers.Host = "evil.example";
        var response = await editor.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("主机名不被允许", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Listening_beyond_loopback_requires_the_printed_token()
    {
        using var workspace = new TestWorkspace();
        const string token = "0123456789abcdef0123456789abcdef";
        await using var editor = await InProcessEditor.StartAsync(workspace.Options(o => o with { Listen = "0.0.0.0", AccessToken = token }));

        var without = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/workspace"));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Contains("需要访问令牌", await without.Content.ReadAsStringAsync());

        var wrong = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/?token=ffffffffffffffffffffffffffffffff"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        // The printed address once: the token moves into a cookie and the address bar loses it.
        var first = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/?token=" + token));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location?.OriginalString);
        var after = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/workspace"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Loopback_only_needs_no_token()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var response = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/workspace"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_change_without_the_anti_forgery_token_is_refused()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var before = File.ReadAllText(workspace.DataFile("shili/2024"));
        var response = await editor.PostAsync("/api/reports/shili/2024/save", new { version = "x", data = new { } }, token: "");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("缺少校验码", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, File.ReadAllText(workspace.DataFile("shili/2024")));
    }

    [Fact]
    public async Task The_token_of_another_session_is_refused()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await using var other = await InProcessEditor.StartAsync(workspace.Options());
        await other.OpenPageAsync();
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/new", new { agency = "shili", year = 2025 }, token: other.Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(workspace.DataFile("shili/2025")));
    }

    [Fact]
    public async Task A_change_from_another_origin_is_refused_even_with_the_token()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/new", new { agency = "shili", year = 2025 }, origin: "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("来源不一致", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(workspace.DataFile("shili/2025")));
    }

    [Fact]
    public async Task A_change_without_origin_or_fetch_metadata_is_refused()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/new", new { agency = "shili", year = 2025 }, origin: null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/new") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        crossSite.Headers.Add(RequestGuard.TokenHeader, editor.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendAsync(crossSite)).StatusCode);
    }

    [Theory]
    [InlineData("/api/reports/..%2F..%2Fetc/2024")]
    [InlineData("/api/reports/shili/..%2F2024")]
    [InlineData("/api/reports/SHILI/2024")]
    [InlineData("/outputs/shili/..%2F..%2Fdata%2Fshili%2F2024.yaml")]
    [InlineData("/outputs/shili/2024.yaml")]
    public async Task Names_that_would_leave_the_workspace_are_refused(string path)
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var response = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_agency_folder_linked_outside_the_data_folder_is_refused()
    {
        using var workspace = new TestWorkspace();
        var outside = Path.Combine(workspace.Root, "outside");
        Directory.CreateDirectory(outside);
        File.Copy(workspace.DataFile("shili/2024"), Path.Combine(outside, "2024.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(workspace.Root, "data", "linked"), outside);
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var response = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/reports/linked/2024"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var listing = await editor.GetJsonAsync("/api/workspace");
        Assert.DoesNotContain(listing["reports"]!.AsArray(), r => r!["agency"]!.GetValue<string>() == "linked");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options(o => o with { MaxJsonBytes = 4096 }));
        await editor.OpenPageAsync();
        var response = await editor.PostAsync("/api/reports/shili/2024/preview", new { data = new { filler = new string('x', 10_000) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("请求过大", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_forbid_framing_and_foreign_scripts()
    {
        using var workspace = new TestWorkspace();
        await using var editor = await InProcessEditor.StartAsync(workspace.Options());
        var response = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/edit/shili/2024"));
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("SameSite=Strict", string.Join(" ", response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }
}
