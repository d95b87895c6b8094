namespace ReportGen.Formats;

/// <summary>
/// A report format as data (templates/&lt;id&gt;/format.yaml): tables, rows, sums, deadlines and the
/// rules that apply. A new statutory revision is a new folder, not new C#.
/// </summary>
public sealed class FormatDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Template { get; set; } = "report.sbn";
    /// <summary><c>free</c>: sections come from the data (pre-2019); <c>fixed</c>: the format lists them in <see cref="Sections"/>.</summary>
    public string Outline { get; set; } = "free";
    public Dictionary<string, string> Deadlines { get; set; } = new();
    public List<string> Rules { get; set; } = new();
    public List<TableDefinition> Tables { get; set; } = new();
    public List<SectionDefinition> Sections { get; set; } = new();

    /// <summary>Folder of the format (templates and format.yaml); set by the catalog.</summary>
    public string Folder { get; set; } = "";

    public TableDefinition? FindTable(string id) => Tables.Find(t => t.Id == id);
    public bool Applies(string ruleId) => Rules.Contains(ruleId);
}

public sealed class SectionDefinition
{
    public string Key { get; set; } = "";
    public string Heading { get; set; } = "";
    public string Kind { get; set; } = "narrative";
    public string? Table { get; set; }
    public List<string> Subtopics { get; set; } = new();
}

public sealed class TableDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? TitlePattern { get; set; }
    public string? CaptionBefore { get; set; }
    public string? FillerLabel { get; set; }
    public List<string> Header { get; set; } = new();
    public List<ColumnDefinition> Columns { get; set; } = new();
    public List<RowDefinition> Rows { get; set; } = new();
    /// <summary><c>not_reported</c>: a skipped cell is blank-as-published and prints 0; <c>zero</c>: it is 0; <c>required</c>: an error.</summary>
    public string SkippedCell { get; set; } = "zero";
    public List<CheckDefinition> Checks { get; set; } = new();
    /// <summary><c>allowed</c>: a derived cell may be typed (published totals, checked against the sum); <c>forbidden</c>: it is always computed.</summary>
    public string DerivedInput { get; set; } = "forbidden";

    public RowDefinition? FindRow(string key) => Rows.Find(r => r.Key == key);
    public ColumnDefinition? FindColumn(string key) => Columns.Find(c => c.Key == key);
    public bool IsSingleColumn => Columns.Count == 1;
    public string DefaultColumn => Columns.Count == 1 ? Columns[0].Key : Columns.Find(c => c.Key == "total")?.Key ?? Columns[^1].Key;
}

public sealed class ColumnDefinition
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>Sum of other columns, e.g. <c>"a + b + c"</c>; computed, never typed.</summary>
    public string? Derived { get; set; }
    public string? Rule { get; set; }
    public bool Printed { get; set; } = true;

    public IReadOnlyList<string> DerivedParts => SumFormula.Parts(Derived);
}

public sealed class RowDefinition
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public int Level { get; set; }
    public string? Unit { get; set; }
    public bool Data { get; set; } = true;
    public string? Parent { get; set; }
    /// <summary><c>part_of</c> (an addend of the parent), <c>subset_of</c> (其中), <c>none</c>.</summary>
    public string? Relation { get; set; }
    public string? Derived { get; set; }
    public string? Rule { get; set; }
    public string ValueType { get; set; } = "integer";
    public string? Note { get; set; }

    public IReadOnlyList<string> DerivedParts => SumFormula.Parts(Derived);
    public bool IsDecimal => ValueType == "decimal";
}

/// <summary>A relation that is not a sum (R17): <c>at_most</c> (left ≤ right) or <c>at_most_sum</c> (left ≤ Σ right).</summary>
public sealed class CheckDefinition
{
    public string Rule { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Left { get; set; } = "";
    public object? Right { get; set; }
    public string Severity { get; set; } = "error";
    /// <summary><c>skip</c> (default): no finding when the right side is not reported; <c>zero</c>: a blank right side counts as 0.</summary>
    public string WhenRightBlank { get; set; } = "skip";

    public IReadOnlyList<string> RightKeys => Right switch
    {
        string s => new[] { s },
        IEnumerable<object> list => list.Select(o => o.ToString() ?? "").ToList(),
        _ => Array.Empty<string>(),
    };
}
