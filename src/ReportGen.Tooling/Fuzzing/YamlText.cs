using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>Line-level views of a data file that the structural mutators need: keys, values, numbers, blocks.</summary>
internal static partial class YamlText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static List<string> Lines(byte[] bytes) => Utf8.GetString(bytes).Split('\n').ToList();

    public static byte[] Join(IEnumerable<string> lines) => Utf8.GetBytes(string.Join('\n', lines));

    public static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Lines that hold a mapping key (<c>key:</c> or <c>- key:</c>).</summary>
    public static List<int> KeyLines(List<string> lines)
        => Enumerable.Range(0, lines.Count).Where(i => KeyLine().IsMatch(lines[i])).ToList();

    /// <summary>Lines with a scalar value after the key or list dash, the places where a value can be replaced.</summary>
    public static List<(int Line, int Start)> ValueSlots(List<string> lines)
    {
        var slots = new List<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ValueAfter().Match(lines[i]);
            if (m.Success && m.Groups["v"].Length > 0) slots.Add((i, m.Groups["v"].Index));
        }
        return slots;
    }

    /// <summary>The lines of the block a line opens: itself and every following line indented deeper.</summary>
    public static int BlockEnd(List<string> lines, int start)
    {
        var keyColumn = Indent(lines[start]) + (lines[start].TrimStart().StartsWith("- ", StringComparison.Ordinal) ? 2 : 0);
        var end = start + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > keyColumn)) end++;
        return end;
    }

    public static MatchCollection Numbers(string text) => Number().Matches(text);

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    [GeneratedRegex(@"^\s*(- )?[^\s#:\-][^:#]*:(\s|$)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^\s*(?:- |[^\s#:][^:#]*:\s)\s*(?<v>.*)$")]
    private static partial Regex ValueAfter();

    [GeneratedRegex(@"(?<=[:\-\[,]\s?)\d+(?:\.\d+)?(?=\s*(?:#.*)?$|\s*[,\]}])", RegexOptions.Multiline)]
    private static partial Regex Number();
}
