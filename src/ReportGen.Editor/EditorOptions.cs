namespace ReportGen.Editor;

/// <summary>
/// How one editor server runs: the workspace it may touch (data/, out/, templates/), where it listens and the
/// limits it keeps. <see cref="AccessToken"/> is set exactly when <see cref="Listen"/> was given explicitly.
/// </summary>
public sealed record EditorOptions
{
    public required string Workspace { get; init; }
    public required string Templates { get; init; }
    /// <summary>The address given with --listen; null binds to loopback only.</summary>
    public string? Listen { get; init; }
    public int Port { get; init; } = 5080;
    /// <summary>Required on every request when listening beyond loopback (printed at start).</summary>
    public string? AccessToken { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>A report's JSON (preview, save, export): a data file is at most 4 MB, its JSON tree a little more.</summary>
    public long MaxJsonBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>An uploaded published report (import).</summary>
    public long MaxUploadBytes { get; init; } = 32 * 1024 * 1024;

    public string DataRoot => Path.Combine(Workspace, "data");
    public string OutputRoot => Path.Combine(Workspace, "out");

    /// <summary>Host names a browser may use to reach us; anything else is a DNS-rebinding attempt.</summary>
    public IReadOnlyList<string> AllowedHosts
    {
        get
        {
            var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]", "::1" };
            if (Listen is { } listen && !hosts.Contains(listen)) hosts.Add(listen.Contains(':') && !listen.StartsWith('[') ? $"[{listen}]" : listen);
            return hosts;
        }
    }
}
