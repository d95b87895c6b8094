using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Parsing;

/// <summary>
/// Typed reads from <see cref="YamlNode"/>s that report every problem (with field path and position)
/// and go on, so a user sees all mistakes of a file at once. Used for data files and format definitions.
/// </summary>
public sealed class NodeReader(string file, DiagnosticBag diagnostics)
{
    private readonly ImmutableDictionary<string, SourceSpan>.Builder _spans = ImmutableDictionary.CreateBuilder<string, SourceSpan>();

    public DiagnosticBag Diagnostics => diagnostics;
    public string File => file;
    /// <summary>Where each field path read so far was written.</summary>
    public ImmutableDictionary<string, SourceSpan> Spans => _spans.ToImmutable();

    public void Remember(string path, YamlNode node) => _spans[path] = node.Span;

    public void Report(DiagnosticKind kind, YamlNode node, string path, params object?[] args)
        => diagnostics.Add(kind.At(node.Span, path, args));

    /// <summary>Like <see cref="Report"/>, with a hint worked out at the call (a suggestion) instead of the kind's own.</summary>
    public void ReportWithHint(DiagnosticKind kind, YamlNode node, string path, string hint, params object?[] args)
        => diagnostics.Add(kind.At(node.Span, path, args) with { Hint = hint });

    public YamlMapping? Mapping(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlMapping m) { Remember(path, m); return m; }
        if (node is YamlScalar { IsNull: true }) return null;
        Report(Catalog.Data.ExpectedMapping, node, path);
        return null;
    }

    public YamlSequence? Sequence(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlSequence s) { Remember(path, s); return s; }
        if (node is YamlScalar { IsNull: true }) return null;
        Report(Catalog.Data.ExpectedList, node, path);
        return null;
    }

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, with the closest allowed key as a suggestion.</summary>
    public void CheckKeys(YamlMapping mapping, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (allowed.Contains(key.Value)) continue;
            var suggestion = Suggest.Closest(key.Value, allowed);
            var hint = suggestion is null ? Catalog.Phrases.AllowedKeys.Text(Catalog.Phrases.List(allowed)) : Catalog.Phrases.DidYouMean.Text(suggestion);
            ReportWithHint(Catalog.Data.UnknownKey, key, Join(path, key.Value), hint, key.Value);
        }
    }

    public string? Text(YamlMapping? mapping, string key, string path, bool required = false, bool allowNumber = true, bool allowEmpty = false)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required && mapping is not null) MissingField(mapping, fieldPath, key);
            return null;
        }
        return Text(node, fieldPath, allowNumber, allowEmpty);
    }

    public string? Text(YamlNode node, string path, bool allowNumber = true, bool allowEmpty = false)
    {
        Remember(path, node);
        if (node is not YamlScalar s)
        {
            Report(Catalog.Data.ExpectedText, node, path);
            return null;
        }
        if (!allowNumber && s.IsPlain && decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            Report(Catalog.Data.ExpectedTextNotNumber, node, path);
            return null;
        }
        if (!allowEmpty && string.IsNullOrWhiteSpace(s.Value))
        {
            Report(Catalog.Data.EmptyValue, node, path);
            return null;
        }
        return s.Value;
    }

    public ImmutableArray<string> TextList(YamlMapping? mapping, string key, string path, bool required = false)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required && mapping is not null) MissingField(mapping, fieldPath, key);
            return ImmutableArray<string>.Empty;
        }
        // A single line may be written without list syntax.
        if (node is YamlScalar) return Text(node, fieldPath) is { } one ? ImmutableArray.Create(one) : ImmutableArray<string>.Empty;
        var seq = Sequence(node, fieldPath);
        if (seq is null) return ImmutableArray<string>.Empty;
        var result = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < seq.Items.Count; i++)
            if (Text(seq.Items[i], $"{fieldPath}[{i}]") is { } t) result.Add(t);
        return result.ToImmutable();
    }

    public int? Integer(YamlMapping? mapping, string key, string path, bool required = false)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required && mapping is not null) MissingField(mapping, fieldPath, key);
            return null;
        }
        Remember(fieldPath, node);
        if (node is YamlScalar { IsPlain: true } s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            return v;
        Report(Catalog.Data.ExpectedInteger, node, fieldPath, Describe(node));
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>; null when absent.</summary>
    public bool? Flag(YamlMapping? mapping, string key, string path)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true }) return null;
        Remember(fieldPath, node);
        if (node is YamlScalar { IsPlain: true } s && bool.TryParse(s.Value, out var v)) return v;
        Report(Catalog.Data.ExpectedFlag, node, fieldPath, Describe(node));
        return null;
    }

    public DateOnly? Date(YamlMapping? mapping, string key, string path)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true }) return null;
        Remember(fieldPath, node);
        if (node is YamlScalar s && DateOnly.TryParseExact(s.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        Report(Catalog.Data.InvalidDate, node, fieldPath, Describe(node));
        return null;
    }

    public string? Choice(YamlMapping? mapping, string key, string path, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = Text(mapping, key, path, required);
        if (value is null) return null;
        if (allowed.Contains(value)) return value;
        var suggestion = Suggest.Closest(value, allowed);
        ReportWithHint(Catalog.Data.InvalidChoice, mapping!.Get(key)!, Join(path, key), suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion),
            value, Catalog.Phrases.List(allowed));
        return null;
    }

    /// <summary>One of <paramref name="choices"/> by its written name (e.g. <c>part_of</c>), as an enum value; null when absent or invalid.</summary>
    public T? Choice<T>(YamlMapping? mapping, string key, string path, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct, Enum
        => Choice(mapping, key, path, choices.Keys.ToList(), required) is { } name ? choices[name] : null;

    public void MissingField(YamlMapping parent, string fieldPath, string key)
        => Report(Catalog.Data.Missing, parent, fieldPath, key);

    public static string Join(string path, string key) => string.IsNullOrEmpty(path) ? key : $"{path}.{key}";

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalar s => s.Value,
        YamlMapping => Catalog.Phrases.MappingWord,
        YamlSequence => Catalog.Phrases.ListWord,
        _ => "?",
    };
}
