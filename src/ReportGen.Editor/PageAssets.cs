using System.Collections.Concurrent;
using System.Reflection;

namespace ReportGen.Editor;

/// <summary>The pages, styles and scripts embedded in this assembly (Assets/), served as they are; no file is read at run time.</summary>
public static class PageAssets
{
    private static readonly Assembly Self = typeof(PageAssets).Assembly;
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    public static byte[]? Get(string name)
        => Cache.GetOrAdd(name, n =>
        {
            using var stream = Self.GetManifestResourceStream("assets/" + n);
            if (stream is null) return null;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });

    public static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>A page with this session's anti-forgery token in its meta tag (the scripts send it back with every change).</summary>
    public static string Page(string name, string antiForgeryToken)
        => System.Text.Encoding.UTF8.GetString(Get(name) ?? throw new InvalidOperationException($"missing page {name}"))
            .Replace("{{token}}", antiForgeryToken, StringComparison.Ordinal);
}
