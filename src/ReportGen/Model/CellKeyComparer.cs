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

    public int GetHashCode((string Row, string Column) key) => unchecked(Fnv(key.Row) * 31 + Fnv(key.Column));

    private static int Fnv(string? s)
    {
        if (s is null) return 0;
        var hash = 2166136261u;
        foreach (var c in s) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
