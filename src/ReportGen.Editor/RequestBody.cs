using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReportGen.Editor;

/// <summary>A request body larger than the endpoint's limit: answered 413, never read to the end.</summary>
public sealed class BodyTooLargeException(long limit) : Exception($"request body over {limit} bytes")
{
    public long Limit { get; } = limit;
}

/// <summary>Reads request bodies with a limit of the endpoint's own (the server-wide one is the upload limit).</summary>
public static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit) throw new BodyTooLargeException(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + n > limit) throw new BodyTooLargeException(limit);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>A JSON object body, or null when it is not one.</summary>
    public static async Task<JsonObject?> ReadJsonAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        var bytes = await ReadAsync(request, limit, cancellation);
        try { return JsonNode.Parse(bytes, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 }) as JsonObject; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
