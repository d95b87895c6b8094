using ReportGen.Documents.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Parsing;

/// <summary>
/// Our own small YAML tree, built from parser events so that every node keeps its position and
/// the loader controls limits (depth, aliases, duplicate keys) instead of a generic deserializer.
/// </summary>
public abstract record YamlNode(SourceSpan Span);

public sealed record YamlScalar(string Value, ScalarStyle Style, SourceSpan Span) : YamlNode(Span)
{
    public bool IsPlain => Style == ScalarStyle.Plain;
    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceSpan Span) : YamlNode(Span)
{
    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
            if (k.Value == key) return v;
        return null;
    }

    public YamlScalar? KeyNode(string key)
    {
        foreach (var (k, _) in Entries)
            if (k.Value == key) return k;
        return null;
    }
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceSpan Span) : YamlNode(Span);
