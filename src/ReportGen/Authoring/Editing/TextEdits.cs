namespace ReportGen.Authoring.Editing;

/// <summary>Replacements of ranges of the original text, applied together; overlapping edits mean the plan is not surgical.</summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text)> _edits = [];

    public int Count => _edits.Count;

    public void Replace(int start, int end, string text)
    {
        if (start > end) throw new NotSurgicalException();
        _edits.Add((start, end, text));
    }

    public void Insert(int at, string text) => Replace(at, at, text);

    /// <summary>Forgets the edits after the first <paramref name="count"/> (an attempt that could not be finished).</summary>
    public void Truncate(int count) => _edits.RemoveRange(count, _edits.Count - count);

    public string Apply(string text)
    {
        // Stable: insertions at one point stay in the order made, and go before a removal that starts there.
        var ordered = _edits.OrderBy(e => e.Start).ThenBy(e => e.End - e.Start).ToList();
        var result = new System.Text.StringBuilder(text.Length + 256);
        var cursor = 0;
        foreach (var (start, end, replacement) in ordered)
        {
            if (start < cursor) throw new NotSurgicalException();
            result.Append(text, cursor, start - cursor).Append(replacement);
            cursor = end;
        }
        return result.Append(text, cursor, text.Length - cursor).ToString();
    }
}
