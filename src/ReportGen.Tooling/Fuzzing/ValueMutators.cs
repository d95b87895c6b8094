using System.Text;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>Mutators that keep the shape and change values: numbers out of range, hostile or huge text, deep nesting.</summary>
internal static class ValueMutators
{
    private static readonly string[] Huge =
    {
        "99999999999999999999999999999", "79228162514264337593543950336", "2147483648", "9223372036854775808", "1e308", "1e-308",
        "4294967296", "999999999999", "1" + new string('0', 400),
    };

    private static readonly string[] NonIntegers =
    {
        "12.5", "1e3", "0x10", "0o17", "1_000", ".nan", ".inf", "-.inf", "１２", "12,000", "+5", "012", "1.", "3/4", "½", "十二", "12条", "0.0001", "1.00000000000000000000001",
    };

    private static readonly string[] Injections =
    {
        "{{ 1 + 1 }}{% include 'x' %}{{ report.GetType }}",
        "<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=\"http://x\"></iframe>",
        "{ INCLUDEPICTURE \"http://x/a.png\" \\d }{ MERGEFIELD name }",
        "<w:fldSimple w:instr=\"INCLUDEPICTURE http://x\"><w:r><w:t>x</w:t></w:r></w:fldSimple>",
        "]]><!-- --><?xml version=\"1.0\"?>&amp;&#x202E;&lt;",
        "$${ a1 } ${a1} {{ \"x\" | string.pad_left 100000000 }}",
        "<p kind=\"body\">伪造段落</p></p></report><h1>伪造标题</h1>",
        "javascript:alert(1) data:text/html,<script>x</script>",
    };

    private static readonly string[] Controls =
    {
        "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009B", "\u200E", "\u200F", "\u202A", "\u202B",
        "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\u2028", "\u2029", "\uFFFE", "\uFFFF", "\r",
    };

    private static readonly string[] EscapedControls =
    {
        "\\0", "\\a", "\\b", "\\e", "\\x1b", "\\x7f", "\\x85", "\\u202e", "\\u2066", "\\u200f", "\\ufeff", "\\N", "\\L", "\\P", "\\ud800", "\\U0010FFFF", "\\uFFFF",
    };

    public static byte[] HugeNumber(byte[] input, Random rng) => ReplaceNumber(input, rng, _ => YamlText.Pick(rng, Huge));

    public static byte[] NegativeNumber(byte[] input, Random rng) => ReplaceNumber(input, rng, n => "-" + n);

    public static byte[] NonInteger(byte[] input, Random rng) => ReplaceNumber(input, rng, _ => YamlText.Pick(rng, NonIntegers));

    public static byte[] LongString(byte[] input, Random rng)
    {
        const int size = 1 << 20;
        var unit = YamlText.Pick(rng, new[] { "x", "字", "很长的一段文字，", "a b ", "一" + new string('二', 60) + " " });
        var text = string.Concat(Enumerable.Repeat(unit, size / Encoding.UTF8.GetByteCount(unit) + 1));
        if (rng.Next(4) == 0)
        {
            var lines = YamlText.Lines(input);
            lines.Insert(rng.Next(lines.Count + 1), text + ": 1");
            return YamlText.Join(lines);
        }
        return ReplaceValue(input, rng, _ => text);
    }

    public static byte[] DeepNesting(byte[] input, Random rng)
    {
        var depth = YamlText.Pick(rng, new[] { 10, 25, 30, 100, 1000, 10_000, 100_000 });
        var nested = rng.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            _ => string.Concat(Enumerable.Repeat("- ", depth)) + "x",
        };
        return ReplaceValue(input, rng, _ => nested);
    }

    public static byte[] MarkupInjection(byte[] input, Random rng) => ReplaceValue(input, rng, old => old + YamlText.Pick(rng, Injections), quoted: true);

    public static byte[] RawControls(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var slots = YamlText.ValueSlots(lines);
        if (slots.Count == 0) return input;
        var (line, start) = YamlText.Pick(rng, slots);
        var at = rng.Next(start, lines[line].Length + 1);
        lines[line] = lines[line].Insert(at, YamlText.Pick(rng, Controls));
        return YamlText.Join(lines);
    }

    public static byte[] EscapedControlsInQuotes(byte[] input, Random rng)
        => ReplaceValue(input, rng, old => "\"" + old.Replace("\\", "\\\\").Replace("\"", "\\\"") + YamlText.Pick(rng, EscapedControls) + "尾\"", quoted: false);

    private static byte[] ReplaceNumber(byte[] input, Random rng, Func<string, string> replace)
    {
        var text = YamlText.Utf8.GetString(input);
        var numbers = YamlText.Numbers(text);
        if (numbers.Count == 0) return input;
        var m = numbers[rng.Next(numbers.Count)];
        return YamlText.Utf8.GetBytes(text[..m.Index] + replace(m.Value) + text[(m.Index + m.Length)..]);
    }

    /// <param name="quoted">Write the new value as a single-quoted scalar so YAML keeps it as text.</param>
    private static byte[] ReplaceValue(byte[] input, Random rng, Func<string, string> value, bool quoted = false)
    {
        var lines = YamlText.Lines(input);
        var slots = YamlText.ValueSlots(lines);
        if (slots.Count == 0) return input;
        var (line, start) = YamlText.Pick(rng, slots);
        var old = lines[line][start..];
        var unquoted = old.Trim('\'', '"');
        var replaced = value(unquoted);
        lines[line] = lines[line][..start] + (quoted ? "'" + replaced.Replace("'", "''") + "'" : replaced);
        return YamlText.Join(lines);
    }
}
