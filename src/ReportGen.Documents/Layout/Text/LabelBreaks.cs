namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// Where a table label may break: between its enumerator (「三、」「（三）」「1.」) and the text, at its
/// punctuation, and inside a short run of Chinese characters only between two-character words
/// (an odd run starts with a three-character word: 「本年度|办理|结果」, 「自然人」). Modern Chinese
/// vocabulary is mostly two-character words, so this keeps a narrow column from cutting a label into
/// fragments like 「本年/度办/理结/果」. Runs longer than <see cref="ShortRun"/> characters are prose,
/// not labels, and break between any two characters as usual.
/// </summary>
public static class LabelBreaks
{
    /// <summary>The longest run of characters still treated as a label phrase.</summary>
    public const int ShortRun = 8;

    /// <summary>
    /// A mask over the text: <c>mask[i]</c> allows a break before code point <c>i</c> (kinsoku still applies).
    /// Null when the text needs no restriction (numbers, prose, one short word).
    /// </summary>
    public static bool[]? For(ReadOnlySpan<int> cps)
    {
        var n = cps.Length;
        if (n < 2 || LooksNumeric(cps)) return null;
        var mask = new bool[n + 1];
        var start = EnumeratorLength(cps);
        for (var i = start + 1; i < n; i++) mask[i] = true;
        if (start > 0) mask[start] = true;
        var restricted = start > 0;
        var run = start;
        while (run < n)
        {
            if (!IsLetter(cps[run])) { run++; continue; }
            var end = run;
            while (end < n && IsLetter(cps[end])) end++;
            var length = end - run;
            if (length <= ShortRun && length >= 2)
            {
                restricted = true;
                var piece = run + (length % 2 == 1 ? 3 : 2);
                for (var i = run + 1; i < end; i++) mask[i] = false;
                for (; piece < end; piece += 2) mask[piece] = true;
            }
            run = end;
        }
        return restricted ? mask : null;
    }

    /// <summary>
    /// The unbreakable pieces of a label, for writers that cannot restrict breaks otherwise (HTML
    /// spans); null when the text breaks as usual.
    /// </summary>
    public static List<string>? Pieces(string text)
    {
        var cps = new int[text.Length];
        for (var i = 0; i < text.Length; i++) cps[i] = text[i];
        var mask = For(cps);
        if (mask is null) return null;
        var pieces = new List<string>();
        var from = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!mask[i] || char.IsLowSurrogate(text[i]) || !LineBreakRules.CanBreakBetween(text[i - 1], text[i])) continue;
            pieces.Add(text[from..i]);
            from = i;
        }
        pieces.Add(text[from..]);
        return pieces;
    }

    /// <summary>「三、」「（三）」「1.」「（1）」 at the start: never split, and a natural place for the first break.</summary>
    private static int EnumeratorLength(ReadOnlySpan<int> cps)
    {
        var i = 0;
        if (cps[0] is '（' or '(')
        {
            i = 1;
            while (i < cps.Length && IsNumeral(cps[i])) i++;
            return i > 1 && i < cps.Length && cps[i] is '）' or ')' ? i + 1 : 0;
        }
        while (i < cps.Length && IsNumeral(cps[i])) i++;
        return i > 0 && i < cps.Length && cps[i] is '、' or '.' or '．' ? i + 1 : 0;
    }

    private static bool IsNumeral(int c) => c is >= '0' and <= '9' || "一二三四五六七八九十百".Contains((char)c);

    /// <summary>A Chinese character (not punctuation): the units that words are made of.</summary>
    private static bool IsLetter(int c) => c is >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;

    private static bool LooksNumeric(ReadOnlySpan<int> cps)
    {
        foreach (var c in cps)
            if (!(c is >= '0' and <= '9' or '.' or ',' or '%' or '-' or '+' or ' ' or '‰')) return false;
        return true;
    }
}
