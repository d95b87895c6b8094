// TEMPORARY (branch editor only): the signatures the yamledit branch delivers, so the editor builds before it lands.
// Delete this file when merging main. It does not edit YAML surgically: Rewrite writes the desired tree as JSON
// (which YAML reads), only so the preview pipeline runs during development.
using System.Text.Json.Nodes;

namespace ReportGen.Authoring.Editing;

public static class DataFileJson
{
    public static JsonNode? Read(string yamlText)
    {
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<object?>(yamlText);
        var json = new YamlDotNet.Serialization.SerializerBuilder().JsonCompatible().Build().Serialize(yaml);
        return JsonNode.Parse(json);
    }
}

public static class YamlTextEditor
{
    public static string Rewrite(string yamlText, JsonNode? desired) => desired?.ToJsonString() ?? "";
}

public sealed class YamlEditException(string message) : Exception(message);
