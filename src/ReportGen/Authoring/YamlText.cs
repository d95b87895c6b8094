using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Authoring;

/// <summary>
/// YAML scalars written by hand: plain when a reader (and staff) would read them back as the same
/// text, double-quoted otherwise. Written by us rather than a serializer to keep comments and order.
/// </summary>
public static partial class YamlText
{
    /// <summary>A string value: quoted when plain YAML would read it as something else (number, date, null, bool, structure).</summary>
    public static string String(string value)
        => IsSafePlain(value) && !LooksTyped(value) ? value : Quoted(value);

    /// <summary>A carried value keeps its style: plain stays plain (e.g. <c>format: 2021</c>) when safe, quoted stays quoted (<c>phone: "0432…"</c>).</summary>
    public static string Scalar(string value, bool wasPlain)
        => !wasPlain ? Quoted(value) : IsSafePlain(value) ? value : String(value);

    /// <summary>Inside <c>[…]</c>, where commas and brackets end a plain scalar.</summary>
    public static string FlowScalar(string value, bool wasPlain)
        => value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0 ? Quoted(value) : Scalar(value, wasPlain);

    public static string Quoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                // Control characters, and the line and byte-order marks a YAML reader would fold or drop.
                _ when char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Text as YAML comment lines (one per source line), so last year's text stays readable but inert.</summary>
    public static IEnumerable<string> Comment(string text, string indent)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            yield return line.Length == 0 ? $"{indent}#" : $"{indent}#   {line}";
    }

    internal static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || value != value.Trim()) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(':')) return false;
        return !value.Any(c => char.IsControl(c) || c == '\uFEFF');
    }

    private static bool LooksTyped(string value)
        => value is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "yes" or "no" or "on" or "off" or "Yes" or "No" or "On" or "Off" or "y" or "n"
           || decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
           || TypedPattern().IsMatch(value);

    [GeneratedRegex(@"^(0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF|nan|NaN|NAN)|\d{4}-\d{1,2}-\d{1,2}.*|[-+]?[0-9_]+(\.[0-9_]*)?)$", RegexOptions.NonBacktracking)]
    private static partial Regex TypedPattern();
}
