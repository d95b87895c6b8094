using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;

namespace ReportGen.Authoring.Editing;

/// <summary>A value written as YAML: on the line of its key or dash, as a block scalar, or as indented lines.</summary>
internal abstract record Rendered;

/// <summary>Text that stays on the key's or dash's line (<c>""</c> for blank).</summary>
internal sealed record InlineValue(string Text) : Rendered;

/// <summary>A literal block: its header (<c>|</c>, <c>|-</c>) after the key, then the content lines, indented.</summary>
internal sealed record BlockScalarValue(string Header, IReadOnlyList<string> Lines) : Rendered;

/// <summary>A mapping or sequence as lines, the first at the indentation asked for.</summary>
internal sealed record BlockLines(IReadOnlyList<string> Lines) : Rendered;

/// <summary>
/// Writes new values in a style that reads back as the same JSON (<see cref="DataFileJson"/>): strings plain when
/// safe, else double-quoted with escapes, multi-line text as a literal block; mappings and sequences as the data
/// files write them (two spaces per level, <c>key:</c> for blank, <c>{ a: 1 }</c> where the neighbours are flow).
/// </summary>
internal static class YamlValueWriter
{
    public static Rendered Render(JsonNode? value, int indent, bool preferFlow = false, ScalarStyle? was = null)
    {
        switch (value)
        {
            case null:
                return new InlineValue("");
            case JsonObject { Count: 0 }:
                return new InlineValue("{}");
            case JsonArray { Count: 0 }:
                return new InlineValue("[]");
            case JsonObject o when preferFlow && o.All(kv => IsOneLineScalar(kv.Value)):
                return new InlineValue(Flow(o));
            case JsonArray a when preferFlow && a.All(IsOneLineScalar):
                return new InlineValue(Flow(a));
            case JsonObject o:
                return new BlockLines(o.SelectMany(kv => EntryLines(kv.Key, kv.Value, indent)).ToList());
            case JsonArray a:
                return new BlockLines(a.SelectMany(item => ItemLines(item, indent)).ToList());
            default:
                if (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var s && s.Contains('\n')
                    && LiteralBlock(s, indent) is { } block)
                    return block;
                return new InlineValue(Scalar(value, inFlow: false, was));
        }
    }

    /// <summary><c>key: value</c> as lines at <paramref name="indent"/>.</summary>
    public static IReadOnlyList<string> EntryLines(string key, JsonNode? value, int indent, bool preferFlow = false)
    {
        var head = new string(' ', indent) + String(key, inFlow: false, was: null) + ":";
        return Render(value, indent + 2, preferFlow) switch
        {
            InlineValue { Text: "" } => [head],
            InlineValue v => [head + " " + v.Text],
            BlockScalarValue b => [head + " " + b.Header, .. b.Lines],
            BlockLines l => [head, .. l.Lines],
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary><c>- value</c> as lines at <paramref name="indent"/> (a mapping item compact: its first key on the dash's line).</summary>
    public static IReadOnlyList<string> ItemLines(JsonNode? value, int indent, bool preferFlow = false)
    {
        var dash = new string(' ', indent) + "-";
        return Render(value, indent + 2, preferFlow) switch
        {
            InlineValue { Text: "" } => [dash],
            InlineValue v => [dash + " " + v.Text],
            BlockScalarValue b => [dash + " " + b.Header, .. b.Lines],
            BlockLines l => [dash + " " + l.Lines[0][(indent + 2)..], .. l.Lines.Skip(1)],
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>A value inside <c>{…}</c> or <c>[…]</c>.</summary>
    public static string Flow(JsonNode? value, bool inSequence = false, ScalarStyle? was = null) => value switch
    {
        JsonObject { Count: 0 } => "{}",
        JsonObject o => "{ " + string.Join(", ", o.Select(kv => FlowEntry(kv.Key, kv.Value))) + " }",
        JsonArray a => "[" + string.Join(", ", a.Select(item => Flow(item, inSequence: true))) + "]",
        null when inSequence => "~",
        _ => Scalar(value, inFlow: true, was),
    };

    public static string FlowEntry(string key, JsonNode? value)
    {
        var text = Flow(value);
        return String(key, inFlow: true, was: null) + ":" + (text.Length == 0 ? "" : " " + text);
    }

    /// <summary>A scalar on one line: blank as nothing, numbers as JSON writes them, strings by <see cref="String"/>.</summary>
    public static string Scalar(JsonNode? value, bool inFlow, ScalarStyle? was = null)
    {
        if (value is null) return "";
        return value.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => String(value.GetValue<string>(), inFlow, was),
            _ => throw new NotSurgicalException(),
        };
    }

    /// <summary>
    /// A string that reads back as itself: in the style it had (single- or double-quoted) when that can hold it,
    /// plain when plain reads back as the same text, else double-quoted.
    /// </summary>
    public static string String(string value, bool inFlow, ScalarStyle? was)
    {
        if (was == ScalarStyle.SingleQuoted && !value.Any(IsEscaped)) return "'" + value.Replace("'", "''") + "'";
        if (was == ScalarStyle.DoubleQuoted) return Quoted(value);
        return PlainReadsBack(value, inFlow) ? value : Quoted(value);
    }

    private static bool PlainReadsBack(string value, bool inFlow)
        => YamlText.IsSafePlain(value) && !value.Any(IsEscaped)
           && DataFileJson.PlainValue(value) is string
           && (!inFlow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0)
           && !value.StartsWith("---", StringComparison.Ordinal) && !value.StartsWith("...", StringComparison.Ordinal);

    /// <summary>Characters a plain or single-quoted scalar cannot carry unchanged (YAML folds or refuses them).</summary>
    private static bool IsEscaped(char c) => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    public static string Quoted(string value) => YamlText.Quoted(value);

    /// <summary>Multi-line text as <c>|</c> / <c>|-</c> lines, when a literal block holds it exactly (else null: it is quoted).</summary>
    private static BlockScalarValue? LiteralBlock(string text, int indent)
    {
        var header = text.EndsWith('\n') ? "|" : "|-";
        var body = header == "|" ? text[..^1] : text;
        if (body.Length == 0 || body.EndsWith('\n') || body.Any(c => c != '\n' && IsEscaped(c))) return null;
        var lines = body.Split('\n');
        if (lines[0].StartsWith(' ') || lines.Any(l => l.Length > 0 && l.Trim(' ').Length == 0)) return null;
        var pad = new string(' ', indent);
        return new BlockScalarValue(header, lines.Select(l => l.Length == 0 ? "" : pad + l).ToList());
    }

    private static bool IsOneLineScalar(JsonNode? node)
        => node is null or JsonValue && !(node?.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Contains('\n'));
}
