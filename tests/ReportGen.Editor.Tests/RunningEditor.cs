using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Editor.Tests;

/// <summary>The editor on a real loopback port (Kestrel picks a free one), for the browser tests.</summary>
public sealed class RunningEditor : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningEditor(WebApplication app, string url) { _app = app; Url = url; }

    /// <summary>http://127.0.0.1:&lt;port&gt;</summary>
    public string Url { get; }

    public static async Task<RunningEditor> StartAsync(EditorOptions options)
    {
        var app = EditorApp.Create(options with { Port = 0 });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningEditor(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
