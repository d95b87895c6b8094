using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Loading;

/// <summary>
/// Typed reads from <see cref="YamlNode"/>s that report every problem (with field path and position)
/// and go on, so a user sees all mistakes of a file at once.
/// </summary>
internal sealed class NodeReader(string file, DiagnosticBag diagnostics)
{
    private readonly ImmutableDictionary<string, SourceSpan>.Builder _spans = ImmutableDictionary.CreateBuilder<string, SourceSpan>();

    public DiagnosticBag Diagnostics => diagnostics;
    public string File => file;
    public ImmutableDictionary<string, SourceSpan> Spans => _spans.ToImmutable();

    public void Remember(string path, YamlNode node) => _spans[path] = node.Span;

    public void Error(YamlNode node, string path, string message, string hint = "")
        => diagnostics.Error(ErrorCodes.ForMessage(message), node.Span, path, message, hint);

    public void Error(string code, YamlNode node, string path, string message, string hint = "")
        => diagnostics.Error(code, node.Span, path, message, hint);

    public YamlMapping? Mapping(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlMapping m) { Remember(path, m); return m; }
        if (node is YamlScalar { IsNull: true }) return null;
        Error(ErrorCodes.WrongType, node, path, Messages.ExpectedMapping);
        return null;
    }

    public YamlSequence? Sequence(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlSequence s) { Remember(path, s); return s; }
        if (node is YamlScalar { IsNull: true }) return null;
        Error(ErrorCodes.WrongType, node, path, Messages.ExpectedList);
        return null;
    }

    /// <summary>Reports keys that are not in <paramref name="allowed"/>, with the closest allowed key as a suggestion.</summary>
    public void CheckKeys(YamlMapping mapping, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (allowed.Contains(key.Value)) continue;
            var suggestion = Suggest.Closest(key.Value, allowed);
            var hint = suggestion is null ? Messages.AllowedKeys(allowed) : Messages.DidYouMean(suggestion);
            Error(ErrorCodes.UnknownKey, key, Join(path, key.Value), Messages.UnknownKey(key.Value), hint);
        }
    }

    public string? Text(YamlMapping? mapping, string key, string path, bool required = false, bool allowNumber = true)
    {
        var fieldPath = Join(path, key);
        var node = mapping?.Get(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required && mapping is not null) MissingField(mapping, fieldPath, key);
            return null;
        }
        return Text(node, fieldPath, allowNumber);
    }

    public string? Text(YamlNode node, string path, bool allowNumber = true)
    {
        Remember(path, node);
        if (node is not YamlScalar s)
        {
            Error(ErrorCodes.WrongType, node, path, Messages.ExpectedText);
            return null;
        }
        if (!allowNumber && s.IsPlain && decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            Error(ErrorCodes.WrongType, node, path, Messages.ExpectedTextNotNumber);
            return null;
        }
        if (string.IsNullOrWhiteSpace(s.Value))
        {
            Error(ErrorCodes.WrongType, node, path, Messages.EmptyValue);
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
        Error(ErrorCodes.WrongType, node, fieldPath, Messages.ExpectedInteger(Describe(node)));
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
        Error(ErrorCodes.InvalidValue, node, fieldPath, Messages.InvalidDate(Describe(node)));
        return null;
    }

    public string? Choice(YamlMapping? mapping, string key, string path, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = Text(mapping, key, path, required);
        if (value is null) return null;
        if (allowed.Contains(value)) return value;
        var suggestion = Suggest.Closest(value, allowed);
        Error(ErrorCodes.InvalidValue, mapping!.Get(key)!, Join(path, key), Messages.InvalidChoice(value, allowed),
            suggestion is null ? "" : Messages.DidYouMean(suggestion));
        return null;
    }

    /// <summary>A statistics count: non-negative; integer unless <paramref name="isDecimal"/>.</summary>
    public decimal? Count(YamlNode node, string path, bool isDecimal) => Count(node, path, isDecimal ? "decimal" : "integer");

    /// <summary>
    /// A statistics value of <paramref name="valueType"/> (<c>integer</c>, <c>decimal</c> or <c>signed_integer</c>,
    /// e.g. 2019's 本年增/减). <paramref name="code"/> replaces the load error codes for values of the wrong kind.
    /// </summary>
    public decimal? Count(YamlNode node, string path, string valueType, string? code = null)
    {
        var isDecimal = valueType == "decimal";
        Remember(path, node);
        if (node is not YamlScalar s)
        {
            Error(ErrorCodes.WrongType, node, path, Messages.ExpectedNumber(Describe(node)));
            return null;
        }
        if (s.IsNull) return null;
        var raw = s.Value.Trim();
        if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            var looksHuge = raw.Length > 0 && raw.TrimStart('-', '+').All(char.IsAsciiDigit);
            Error(looksHuge ? ErrorCodes.InvalidValue : ErrorCodes.WrongType, node, path,
                looksHuge ? Messages.NumberTooLarge(raw) : Messages.ExpectedNumber(raw));
            return null;
        }
        if (!s.IsPlain)
        {
            Error(ErrorCodes.WrongType, node, path, Messages.QuotedNumber(raw), "请去掉引号。");
            return null;
        }
        if (value < 0 && valueType != "signed_integer")
        {
            Error(code ?? ErrorCodes.NegativeCount, node, path, Messages.Negative(raw));
            return null;
        }
        if (value > 1_000_000_000_000m)
        {
            Error(ErrorCodes.InvalidValue, node, path, Messages.NumberTooLarge(raw));
            return null;
        }
        if (!isDecimal && value != decimal.Truncate(value))
        {
            Error(code ?? ErrorCodes.NonIntegerCount, node, path, Messages.NotInteger(raw));
            return null;
        }
        if (isDecimal && value.Scale > 4 && value != Math.Round(value, 4))
        {
            Error(code ?? ErrorCodes.NonIntegerCount, node, path, Messages.TooManyDecimals(raw));
            return null;
        }
        return value;
    }

    public void MissingField(YamlMapping parent, string fieldPath, string key)
        => Error(ErrorCodes.Missing, parent, fieldPath, Messages.Missing(key), $"请在此处补充“{key}: …”。");

    public static string Join(string path, string key) => string.IsNullOrEmpty(path) ? key : $"{path}.{key}";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar s => s.Value,
        YamlMapping => "键值对",
        YamlSequence => "列表",
        _ => "?",
    };
}

/// <summary>Stable diagnostic ids of the load stage.</summary>
public static class ErrorCodes
{
    public const string Unreadable = "E0001";
    public const string Syntax = "E0002";
    public const string UnknownKey = "E0101";
    public const string WrongType = "E0102";
    public const string Missing = "E0103";
    public const string InvalidValue = "E0104";
    public const string NegativeCount = "E0105";
    public const string NonIntegerCount = "E0106";
    public const string UnknownStatistic = "E0108";
    public const string FileMismatch = "E0109";
    public const string UnknownFormat = "E0110";
    public const string UnknownRule = "E0111";
    public const string Citation = "E0112";
    public const string DerivedTyped = "E0113";
    public const string RequiredCell = "E0114";

    internal static string ForMessage(string _) => InvalidValue;
}
