namespace ReportGen.Model;

/// <summary>
/// Equality of (row, column) cell keys by ordinal text, hashed without randomisation. A tuple of strings hashes each
/// with the randomised Marvin function, which showed among the batch's top costs (the checks look up cells thousands
/// of times a report); the keys come from the format and the data file, never from a network.
/// </summary>
public sealed class CellKeyComparer : IEqualityComparer<(string Row, string Column)>
{
    public static CellKeyComparer Instance { get; } = new();

    public bool Equals((string Row, string Column) x, (string Row, string Column) y)
        => string.Equals(x.Row, y.Row, StringComparison.Ordinal) && string.Equals(x.Column, y.Column, StringComparison.Ordinal);

    public int GetHashCode((string Row, string Column) key) => unchecked(Hash(key.Row) * 31 + Hash(key.Column));

    /// <summary>
    /// FNV-1a over four characters at a time, then a 64-bit finaliser so every bit of the result depends on every
    /// input bit: keys are identifiers of 10 to 30 characters, and a multiply per character was still 1 % of a batch.
    /// </summary>
    private static int Hash(string? s)
    {
        if (s is null) return 0;
        var text = s.AsSpan();
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
        var hash = 14695981039346656037UL ^ (ulong)text.Length;
        foreach (var w in words) hash = (hash ^ w) * 1099511628211UL;
        for (var i = words.Length * 4; i < text.Length; i++) hash = (hash ^ text[i]) * 1099511628211UL;
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return (int)hash;
    }
}
