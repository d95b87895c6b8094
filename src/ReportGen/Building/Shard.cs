using System.Text;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Building;

/// <summary>
/// <c>--shard i/n</c> (1 ≤ i ≤ n): a deterministic 1/n of the work for job-array runners. A file
/// belongs to the shard of a stable hash of its agency/year, so shards are disjoint, their union is
/// the whole, and adding a report does not move the others between shards.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(1, 1);

    public static bool TryParse(string? text, out Shard shard, out string error)
    {
        shard = All;
        error = "";
        if (string.IsNullOrEmpty(text)) return true;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var i) && int.TryParse(parts[1], out var n) && n >= 1 && i >= 1 && i <= n)
        {
            shard = new Shard(i, n);
            return true;
        }
        error = Catalog.Building.BadShard.Text(text);
        return false;
    }

    public bool Contains(string dataFile)
    {
        if (Count == 1) return true;
        var key = KeyOf(dataFile);
        // FNV-1a: stable across processes and machines, unlike string.GetHashCode.
        uint h = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(key)) { h ^= b; h *= 16777619; }
        return (int)(h % (uint)Count) == Index - 1;
    }

    /// <summary>"agency/year": independent of where the data folder is mounted on each machine.</summary>
    public static string KeyOf(string dataFile)
    {
        var full = Path.GetFullPath(dataFile);
        return $"{Path.GetFileName(Path.GetDirectoryName(full))}/{Path.GetFileNameWithoutExtension(full)}";
    }

    public override string ToString() => $"{Index}/{Count}";
}
