using System.Text;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// The classes an outside attacker found (issue 14) that the value and structure mutators never made: digit runs,
/// long URLs and words, empty documents, line breaks and escapes the parser words in English, chart years out of
/// range, roll-ups listing themselves or a member twice, tables too large to render.
/// </summary>
internal static class HostileMutators
{
    /// <summary>A paragraph of digits (up to 1 MB): every text pass must stay linear in its length.</summary>
    public static byte[] DigitRun(byte[] input, Random rng)
        => ReplaceParagraph(input, rng, new string((char)('0' + rng.Next(10)), YamlText.Pick(rng, new[] { 20_000, 80_000, 320_000, 1_000_000 })));

    /// <summary>A URL of up to 100 KB in a paragraph: one link annotation, written once, however many lines it wraps.</summary>
    public static byte[] LongUrl(byte[] input, Random rng)
    {
        var length = YamlText.Pick(rng, new[] { 2_000, 26_000, 100_000 });
        var url = "http://www.gov.cn/" + string.Concat(Enumerable.Range(0, length / 8).Select(i => $"a{i % 10}b/c%2F"));
        return ReplaceParagraph(input, rng, "详见" + url + "。");
    }

    /// <summary>One word of up to 3.5 MB with no break opportunity: the line breaker must not rescan it per line.</summary>
    public static byte[] LongWord(byte[] input, Random rng)
        => ReplaceParagraph(input, rng, new string(YamlText.Pick(rng, new[] { 'x', 'W', 'é' }), YamlText.Pick(rng, new[] { 50_000, 800_000, 3_500_000 })));

    /// <summary>A whole file that is null: "~", "null", "---\n...", only comments.</summary>
    public static byte[] EmptyDocument(byte[] input, Random rng)
        => YamlText.Utf8.GetBytes(YamlText.Pick(rng, new[] { "~\n", "null\n", "---\n...\n", "--- ~\n", "# 只有注释\n", "", "\n\n", "Null", "---\n" }));

    /// <summary>What the YAML parser answers in English: a lone CR or U+2028 inside quotes, a lone surrogate escape, garbage after "...".</summary>
    public static byte[] ParserEnglish(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var slots = YamlText.ValueSlots(lines);
        if (slots.Count == 0) return input;
        var (line, start) = slots[rng.Next(slots.Count)];
        var value = YamlText.Pick(rng, new[]
        {
            "\"前半\r后半\"", "\"前半\u2028后半\"", "\"前半\u2029后半\"", "\"x\\ud800y\"", "\"x\\udfffy\"", "\"x\\q\"", "\"未闭合",
            "'单引号\r内'", "\"多行\n  缩进\n错\"", "\"" + new string('长', 1 << 20) + "\\ud800\"",
        });
        lines[line] = lines[line][..start] + value;
        if (rng.Next(3) == 0) lines.Add(YamlText.Pick(rng, new[] { "...\ngarbage: [", "...\n%YAML 1.2\n---\nx: 1", "---\n...\nx" }));
        return YamlText.Join(lines);
    }

    /// <summary>Chart years that are integers out of range (and other wrong year lists).</summary>
    public static byte[] ChartYears(byte[] input, Random rng)
    {
        var years = YamlText.Pick(rng, new[] { "[1, 2018]", "[0]", "[-2018]", "[99999, 2018]", "[2018, 2018]", "[2100]", "[二〇一八]", "[2018.5]", "[]" });
        return ReplaceParagraph(input, rng, null, $"figure: 统计图\n  chart: {{ kind: bar, rows: [{FirstRow(input)}], years: {years} }}");
    }

    /// <summary>A roll-up naming itself or one member many times (k up to 40): refused at once, never summed k times.</summary>
    public static byte[] RollupSelf(byte[] input, Random rng)
    {
        var (agency, _) = AgencyAndYear(input);
        var k = YamlText.Pick(rng, new[] { 1, 2, 10, 20, 40 });
        var member = rng.Next(2) == 0 ? agency : "member-" + rng.Next(3);
        var lines = YamlText.Lines(input).Where(l => !l.StartsWith("members:", StringComparison.Ordinal)).ToList();
        lines.Add("members: [" + string.Join(", ", Enumerable.Repeat(member, k)) + "]");
        return YamlText.Join(lines);
    }

    /// <summary>Tables past what the templates render: thousands of rows, thousands of columns.</summary>
    public static byte[] HugeTable(byte[] input, Random rng)
    {
        var (rows, columns) = YamlText.Pick(rng, new[] { (3000, 4), (1, 5000), (200, 200), (10_001, 1) });
        var header = "[" + string.Join(", ", Enumerable.Range(0, columns).Select(i => "列" + i)) + "]";
        var row = "[" + string.Join(", ", Enumerable.Range(0, columns).Select(i => (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
        var table = new StringBuilder("table:\n    header: ").Append(header).Append("\n    rows:\n");
        for (var r = 0; r < rows; r++) table.Append("      - ").Append(row).Append('\n');
        return ReplaceParagraph(input, rng, null, table.ToString().TrimEnd('\n'));
    }

    /// <summary>Characters no font has (emoji, Tibetan, private use) in the title or signature, where build shapes them first.</summary>
    public static byte[] MissingGlyph(byte[] input, Random rng)
    {
        var ch = YamlText.Pick(rng, new[] { "😀", "ༀ", "\uE000", "𓀀", "🀄" });
        var lines = YamlText.Lines(input);
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].StartsWith("title:", StringComparison.Ordinal) || lines[i].StartsWith("signature:", StringComparison.Ordinal))
            {
                if (rng.Next(2) == 0 && i + 1 < lines.Count && lines[i + 1].TrimStart().StartsWith("- ", StringComparison.Ordinal)) lines[i + 1] += ch;
                else lines[i] = lines[i].Split(':')[0] + ": [" + ch + "报告]";
                return YamlText.Join(lines);
            }
        lines.Add("signature: [" + ch + "]");
        return YamlText.Join(lines);
    }

    /// <summary>Replaces one paragraph item (a "- text" line in a body) with <paramref name="text"/> (quoted), or with a raw <paramref name="item"/>.</summary>
    private static byte[] ReplaceParagraph(byte[] input, Random rng, string? text, string? item = null)
    {
        var lines = YamlText.Lines(input);
        var paragraphs = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal) && lines[i].Any(c => c is >= '\u4E00' and <= '\u9FFF') && YamlText.Indent(lines[i]) >= 4)
            .ToList();
        if (paragraphs.Count == 0) return input;
        var at = paragraphs[rng.Next(paragraphs.Count)];
        var indent = new string(' ', YamlText.Indent(lines[at]));
        lines[at] = item is null
            ? indent + "- \"" + text!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : indent + "- " + item.Replace("\n", "\n" + indent, StringComparison.Ordinal);
        return YamlText.Join(lines);
    }

    private static string FirstRow(byte[] input)
    {
        var text = YamlText.Utf8.GetString(input);
        return text.Contains("format: pre2019", StringComparison.Ordinal) ? "a1" : "table2.regulations.issued";
    }

    internal static (string Agency, string Year) AgencyAndYear(byte[] input)
    {
        var lines = YamlText.Lines(input);
        var id = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("id:", StringComparison.Ordinal))?[3..].Trim() ?? "x";
        var year = lines.FirstOrDefault(l => l.StartsWith("year:", StringComparison.Ordinal))?[5..].Trim() ?? "2018";
        return (id, year);
    }
}
