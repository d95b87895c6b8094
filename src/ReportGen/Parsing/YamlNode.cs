using ReportGen.Documents.Diagnostics;
using YamlDotNet.Core;

namespace ReportGen.Parsing;

/// <summary>
/// Our own small YAML tree, built from parser events so that every node keeps its position and
/// the loader controls limits (depth, aliases, duplicate keys) instead of a generic deserializer.
/// </summary>
public abstract record YamlNode(SourceSpan Span)
{
    /// <summary>Offset (in UTF-16 code units of the parsed text) of the node's first character: a quote, a block indicator, a flow bracket, a block collection's first key or dash.</summary>
    public int Start { get; init; }
    /// <summary>Offset just past the node's last token as the parser reports it (for block collections and block scalars this may lie past trailing comments; surgical editors compute their own content end).</summary>
    public int End { get; init; }
}

public sealed record YamlScalar(string Value, ScalarStyle Style, SourceSpan Span) : YamlNode(Span)
{
    public bool IsPlain => Style == ScalarStyle.Plain;
    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceSpan Span) : YamlNode(Span)
{
    /// <summary>Written <c>{ a: 1 }</c> rather than one key per line.</summary>
    public bool IsFlow { get; init; }

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

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    /// <summary>Written <c>[a, b]</c> rather than one dash per line.</summary>
    public bool IsFlow { get; init; }
}
