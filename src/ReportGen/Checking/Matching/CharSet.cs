namespace ReportGen.Checking.Matching;

/// <summary>
/// A set of UTF-16 code units as one bit each (8 KB). The tokenizer's start set holds hundreds of ideographs, which
/// <see cref="System.Buffers.SearchValues{T}"/> serves with a probabilistic map whose per-call cost dominated: in
/// Chinese prose the next start is rarely more than a few characters away, so a plain bit test per character wins.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(IEnumerable<char> members)
    {
        foreach (var c in members) _bits[c >> 6] |= 1UL << c;
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <returns>The index of the first member in <paramref name="text"/>, or -1.</returns>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var bits = _bits;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((bits[c >> 6] & (1UL << c)) != 0) return i;
        }
        return -1;
    }
}
