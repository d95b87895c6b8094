using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace ReportGen.Editor.Tests;

/// <summary>
/// The editor in process (ASP.NET Core's test server): a browser-like client that keeps the session cookie,
/// reads the anti-forgery token from the page and sends the Origin a browser sends.
/// </summary>
public sealed partial class InProcessEditor : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _cookies = new();

    private InProcessEditor(WebApplication app, HttpClient client) { _app = app; Client = client; }

    public HttpClient Client { get; }
    public string? Token { get; private set; }

    public static async Task<InProcessEditor> StartAsync(EditorOptions options)
    {
        var app = EditorApp.Create(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return new InProcessEditor(app, app.GetTestClient());
    }

    /// <summary>Opens the workspace page as a browser would: the session cookie and the page's token are kept.</summary>
    public async Task<string> OpenPageAsync(string path = "/")
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        Token = TokenMeta().Match(html).Groups[1].Value;
        return html;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0 && !request.Headers.Contains("Cookie"))
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await Client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var cookie in set)
            {
                var pair = cookie.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
        return response;
    }

    /// <summary>A POST as the editor's own page sends it: same Origin, the session's token.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object? body, string? origin = "http://localhost", string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if ((token ?? Token) is { } t) request.Headers.Add(RequestGuard.TokenHeader, t);
        return SendAsync(request);
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task<JsonObject> JsonOf(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("<meta name=\"reportgen-token\" content=\"([0-9A-F]+)\">")]
    private static partial Regex TokenMeta();
}
