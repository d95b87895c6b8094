namespace ReportGen.Tooling.Fuzzing;

/// <summary>Mutators that change the shape of the YAML: keys deleted or repeated, types swapped, indentation broken.</summary>
internal static class StructureMutators
{
    private static readonly string[] WrongValues =
    {
        "[1, 2]", "{a: 1}", "文字", "0", "~", "\"\"", "true", "2019-13-45", "[]", "{}", "- x", "12.5", "[[1]]", "{heading: x}", "｛全角｝",
    };

    public static byte[] DeleteLine(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        lines.RemoveAt(rng.Next(lines.Count));
        return YamlText.Join(lines);
    }

    public static byte[] DeleteKey(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var keys = YamlText.KeyLines(lines);
        if (keys.Count == 0) return DeleteLine(input, rng);
        var start = YamlText.Pick(rng, keys);
        lines.RemoveRange(start, YamlText.BlockEnd(lines, start) - start);
        return YamlText.Join(lines);
    }

    public static byte[] DuplicateKey(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var keys = YamlText.KeyLines(lines);
        if (keys.Count == 0) return input;
        var start = YamlText.Pick(rng, keys);
        var end = YamlText.BlockEnd(lines, start);
        // A repeated list item is legal; a repeated key under the same parent is the mistake we want.
        var block = lines.GetRange(start, end - start).ToList();
        if (block[0].TrimStart().StartsWith("- ", StringComparison.Ordinal) && rng.Next(2) == 0)
            block[0] = new string(' ', YamlText.Indent(block[0]) + 2) + block[0].TrimStart()[2..];
        lines.InsertRange(end, block);
        return YamlText.Join(lines);
    }

    public static byte[] WrongType(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var keys = YamlText.KeyLines(lines);
        if (keys.Count == 0) return input;
        var i = YamlText.Pick(rng, keys);
        var colon = lines[i].IndexOf(':');
        var end = YamlText.BlockEnd(lines, i);
        var replacement = YamlText.Pick(rng, WrongValues);
        // Either replace a scalar by a collection (or vice versa), or turn a whole block into one scalar.
        if (end > i + 1 && rng.Next(2) == 0) lines.RemoveRange(i + 1, end - i - 1);
        lines[i] = lines[i][..(colon + 1)] + " " + replacement;
        return YamlText.Join(lines);
    }

    public static byte[] ListItemType(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var items = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal)).ToList();
        if (items.Count == 0) return WrongType(input, rng);
        var i = YamlText.Pick(rng, items);
        lines[i] = new string(' ', YamlText.Indent(lines[i])) + "- " + YamlText.Pick(rng, WrongValues);
        return YamlText.Join(lines);
    }

    public static byte[] BrokenIndentation(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var nonEmpty = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
        var i = YamlText.Pick(rng, nonEmpty);
        var indent = YamlText.Indent(lines[i]);
        var delta = rng.Next(1, 4) * (rng.Next(2) == 0 ? -1 : 1);
        lines[i] = new string(' ', Math.Max(0, indent + delta)) + lines[i].TrimStart(' ');
        return YamlText.Join(lines);
    }

    public static byte[] Tabs(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var i = rng.Next(lines.Count);
        var line = lines[i];
        lines[i] = rng.Next(3) switch
        {
            0 => "\t" + line.TrimStart(' '),
            1 => line.Replace(": ", ":\t"),
            _ => line.Insert(rng.Next(line.Length + 1), "\t"),
        };
        return YamlText.Join(lines);
    }

    public static byte[] MultipleDocuments(byte[] input, Random rng)
    {
        var text = YamlText.Utf8.GetString(input);
        var lines = YamlText.Lines(input);
        return YamlText.Utf8.GetBytes(rng.Next(6) switch
        {
            0 => text + "\n---\n" + text,
            1 => "---\n" + text + "\n...\n",
            2 => "%YAML 1.1\n---\n" + text,
            3 => string.Join('\n', lines.Take(lines.Count / 2)) + "\n---\n" + string.Join('\n', lines.Skip(lines.Count / 2)),
            4 => text + "\n---\n",
            _ => "--- !!map\n" + text,
        });
    }

    public static byte[] AnchorsAndAliases(byte[] input, Random rng)
    {
        var lines = YamlText.Lines(input);
        var slots = YamlText.ValueSlots(lines);
        switch (rng.Next(3))
        {
            case 0 when slots.Count > 1:
                var (a, aStart) = YamlText.Pick(rng, slots);
                var (b, bStart) = YamlText.Pick(rng, slots);
                lines[a] = lines[a].Insert(aStart, "&x ");
                lines[b] = lines[b][..bStart] + "*x";
                return YamlText.Join(lines);
            case 1:
                lines.Add("bomb:");
                lines.Add("  a: &a [\"笑\",\"笑\",\"笑\",\"笑\",\"笑\",\"笑\",\"笑\",\"笑\",\"笑\"]");
                for (var level = 'b'; level <= 'i'; level++)
                    lines.Add($"  {level}: &{level} [*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)},*{(char)(level - 1)}]");
                return YamlText.Join(lines);
            default:
                lines.Insert(0, "base: &base {id: x}");
                lines.Add("merged: {<<: *base}");
                return YamlText.Join(lines);
        }
    }
}
