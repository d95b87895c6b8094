using ReportGen.Formats;

namespace ReportGen.Importing.Recognition;

/// <summary>The cells of one statutory table found in a published report, with what could not be placed surely.</summary>
public sealed class TableReading(TableDefinition table)
{
    public TableDefinition Table { get; } = table;
    /// <summary>How strongly the published table resembles this statutory one (labels found).</summary>
    public double Score { get; set; }
    public Dictionary<(string Row, string Column), CellValue> Cells { get; } = new();
    /// <summary>Cells whose place is uncertain, with the reason (flattened rows, columns taken by position).</summary>
    public Dictionary<(string Row, string Column), string> Uncertain { get; } = new();
    /// <summary>Published totals of computed cells (formats where totals are never typed), for comparison with the sum.</summary>
    public Dictionary<(string Row, string Column), CellValue> Totals { get; } = new();
    /// <summary>Labels printed in other words than the official ones: (field, published, official).</summary>
    public List<(string Field, string Published, string Official)> Variants { get; } = new();
    public List<string> Notes { get; } = new();
    public HashSet<string> RowsFound { get; } = new(StringComparer.Ordinal);
    /// <summary>True when the rows were rebuilt from lines of text (a table flattened by copy or PDF extraction).</summary>
    public bool Flattened { get; set; }

    /// <summary>A copy to merge into, so a reading a recognizer remembers is never changed behind its back.</summary>
    public TableReading Copy()
    {
        var copy = new TableReading(Table) { Score = 0 };
        copy.Merge(this);
        return copy;
    }

    public void Merge(TableReading other)
    {
        foreach (var (key, value) in other.Cells)
        {
            if (Cells.TryGetValue(key, out var existing) && existing.Text != value.Text)
                Uncertain[key] = $"原报告中这一格出现两次，数值不同（{existing.Raw.Trim()}、{value.Raw.Trim()}），已取前者";
            else Cells.TryAdd(key, value);
        }
        foreach (var (key, why) in other.Uncertain) Uncertain.TryAdd(key, why);
        foreach (var (key, value) in other.Totals) Totals.TryAdd(key, value);
        Variants.AddRange(other.Variants);
        Notes.AddRange(other.Notes);
        RowsFound.UnionWith(other.RowsFound);
        Score += other.Score;
        Flattened |= other.Flattened;
    }
}
