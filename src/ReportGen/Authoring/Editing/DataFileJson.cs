using System.Globalization;
using System.Text.Json.Nodes;
using ReportGen.Parsing;
using YamlDotNet.Core;

namespace ReportGen.Authoring.Editing;

/// <summary>
/// A data file's YAML as a JSON tree, scalars typed as the loader reads them: only plain scalars can be
/// null, booleans or numbers; a quoted <c>"2021"</c> stays a string. The editor's form and the surgical
/// rewriter (<see cref="YamlTextEditor"/>) meet on this one representation.
/// </summary>
public static class DataFileJson
{
    /// <exception cref="YamlEditException">The text is not YAML a data file may contain (syntax, anchors, duplicate keys).</exception>
    public static JsonNode? Read(string yamlText) => ToJson(YamlDocumentText.Parse(yamlText).Root);

    internal static JsonNode? ToJson(YamlNode? node) => node switch
    {
        null => null,
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(ToJson).ToArray()),
        YamlScalar s => Scalar(s.Value, s.Style),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    internal static JsonNode? Scalar(string value, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain) return JsonValue.Create(value);
        return PlainValue(value) switch
        {
            null => null,
            bool b => JsonValue.Create(b),
            long l => JsonValue.Create(l),
            decimal d => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }

    /// <summary>What a plain scalar means: null, a bool, a long, a decimal, or the text itself.</summary>
    internal static object? PlainValue(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (value is "true" or "True" or "TRUE") return true;
        if (value is "false" or "False" or "FALSE") return false;
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)) return d;
        return value;
    }
}
