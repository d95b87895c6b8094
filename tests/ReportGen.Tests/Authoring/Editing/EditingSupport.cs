using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;

namespace ReportGen.Tests.Authoring.Editing;

/// <summary>The real data files, and the line difference between two texts (what a reviewer sees in a diff).</summary>
internal static class EditingSupport
{
    public static IEnumerable<string> DataFiles()
        => Directory.GetFiles(Path.Combine(TestRepo.Root, "data"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static TheoryData<string> DataFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in DataFiles()) data.Add(Path.GetRelativePath(TestRepo.Root, file).Replace('\\', '/'));
        return data;
    }

    public static string Text(string relative) => File.ReadAllText(Path.Combine(TestRepo.Root, relative));

    public static JsonObject Json(string text) => (JsonObject)DataFileJson.Read(text)!;

    /// <summary>The old lines and new lines between the common first and last lines (a one-hunk diff).</summary>
    public static (string[] Old, string[] New, int FirstLine) Diff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return (a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)], prefix);
    }

    /// <summary>Rewrites and proves the result reads back as wanted.</summary>
    public static string Rewrite(string text, JsonNode? desired)
    {
        var result = YamlTextEditor.Rewrite(text, desired);
        Assert.True(JsonNode.DeepEquals(DataFileJson.Read(result), desired), "the rewritten text does not read back as wanted:\n" + result);
        return result;
    }

    /// <summary>Paths (property names and indexes) to every scalar leaf under <paramref name="node"/>.</summary>
    public static IEnumerable<List<object>> Leaves(JsonNode? node, List<object> path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                    foreach (var leaf in Leaves(v, [.. path, k])) yield return leaf;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Leaves(a[i], [.. path, i])) yield return leaf;
                break;
            default:
                yield return path;
                break;
        }
    }

    public static JsonNode? At(JsonNode? root, IEnumerable<object> path)
    {
        var node = root;
        foreach (var step in path) node = step is string k ? node![k] : node![(int)step];
        return node;
    }

    public static void Set(JsonNode root, List<object> path, JsonNode? value)
    {
        var parent = At(root, path.Take(path.Count - 1))!;
        if (path[^1] is string k) parent[k] = value;
        else parent[(int)path[^1]] = value;
    }
}
