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
    /// <summary>Another format whose template files are used for those this folder does not have (2019 reuses 2021's layout).</summary>
    public string? TemplatesFrom { get; set; }
    /// <summary><c>free</c>: sections come from the data (pre-2019); <c>fixed</c>: the format lists them in <see cref="Sections"/>.</summary>
    public string Outline { get; set; } = "free";
    /// <summary>Report years the format governs (inclusive; null = open); a report of another year is a structure error (R7).</summary>
    public int? FirstYear { get; set; }
    public int? LastYear { get; set; }
    /// <summary>The legal basis as the standard preamble names it (the Regulation and the format notice).</summary>
    public string? Basis { get; set; }
    public Dictionary<string, string> Deadlines { get; set; } = new();
    public List<string> Rules { get; set; } = new();
    /// <summary>Per-format severity of a rule (<c>error</c>/<c>warning</c>), over the catalogue's default.</summary>
    public Dictionary<string, string> RuleSeverity { get; set; } = new();
    public List<TableDefinition> Tables { get; set; } = new();
    public List<SectionDefinition> Sections { get; set; } = new();
    /// <summary>Narrative sentences that state a table quantity (R12) or its unit (R19).</summary>
    public List<NarrativeFigureDefinition> NarrativeFigures { get; set; } = new();
    /// <summary>Comparisons with last year's report (R9, R10, R11).</summary>
    public List<CrossYearDefinition> CrossYear { get; set; } = new();
    /// <summary>Section 六's 信息处理费 statement (R20).</summary>
    public FeeStatementDefinition? FeeStatement { get; set; }
    /// <summary>Applicant breakdown stated in prose (R22).</summary>
    public ApplicantBreakdownDefinition? ApplicantBreakdown { get; set; }

    /// <summary>Folder of the format (templates and format.yaml); set by the catalog.</summary>
    public string Folder { get; set; } = "";

    public TableDefinition? FindTable(string id) => Tables.Find(t => t.Id == id);
    public SectionDefinition? FindSection(string key) => Sections.Find(s => s.Key == key);
    public bool IsFixedOutline => Outline == "fixed";
    public bool Applies(string ruleId) => Rules.Contains(ruleId);
}

public sealed class SectionDefinition
{
    public string Key { get; set; } = "";
    public string Heading { get; set; } = "";
    public string Kind { get; set; } = "narrative";
    public string? Table { get; set; }
    public List<SubtopicDefinition> Subtopics { get; set; } = new();
    /// <summary>For a government's report: one of these words must appear in the named subtopic (R8, art. 50(四)).</summary>
    public GovernmentContentDefinition? GovernmentContent { get; set; }

    public SubtopicDefinition? FindSubtopic(string key) => Subtopics.Find(s => s.Key == key);
}

/// <summary>A named part of 总体情况 (the 2021 notice names five); printed as a level-2 heading.</summary>
public sealed class SubtopicDefinition
{
    public string Key { get; set; } = "";
    public string Heading { get; set; } = "";
    public string Topic { get; set; } = "";
}

public sealed class GovernmentContentDefinition
{
    public string Subtopic { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Keywords { get; set; } = new();
}

public sealed class TableDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>How diagnostics name the table (表三); defaults to <see cref="Name"/>.</summary>
    public string? ShortName { get; set; }
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
    /// <summary>Printed grid width (table 二: 4, table 三: 10, table 四: 15); 0 = one column per printed column plus labels.</summary>
    public int GridColumns { get; set; }
    /// <summary>How many grid columns the row labels take (table 三: 3; table 四: 0).</summary>
    public int LabelColumns { get; set; } = 1;
    /// <summary>Explicit header grid with merged cells, as in the official template.</summary>
    public List<HeaderCellDefinition> HeaderCells { get; set; } = new();
    /// <summary>Tables printed as blocks with their own captions and headers (table 二).</summary>
    public List<BlockDefinition> Blocks { get; set; } = new();
    /// <summary>Which row <c>reportgen new</c> fills from last year's values; null when the table has no such pair.</summary>
    public CarryOverDefinition? CarryOver { get; set; }

    public RowDefinition? FindRow(string key) => Rows.Find(r => r.Key == key);
    public string DisplayName => ShortName ?? Name;
    public IEnumerable<ColumnDefinition> PrintedColumns => Columns.Where(c => c.Printed);

    /// <summary>The columns a row has values in: its own list (table 二 blocks) or every column.</summary>
    public IReadOnlyList<ColumnDefinition> ColumnsOf(RowDefinition row)
        => row.Cells.Count == 0 ? Columns : row.Cells.Select(FindColumn).OfType<ColumnDefinition>().ToList();

    public bool HasCell(RowDefinition row, string column) => row.Cells.Count == 0 ? FindColumn(column) is not null : row.Cells.Contains(column);

    /// <summary>decimal / signed_integer / integer: a column's own type wins over the row's.</summary>
    public string CellType(RowDefinition row, ColumnDefinition column) => column.ValueType ?? row.ValueType;
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
    public string? ValueType { get; set; }

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
    /// <summary>The group row this row is printed under (merged label cell, no subtotal row), e.g. （三）不予公开.</summary>
    public string? Group { get; set; }
    /// <summary>Columns this row has (empty: all).</summary>
    public List<string> Cells { get; set; } = new();
    /// <summary>False for a subtotal kept in the model but not printed.</summary>
    public bool Printed { get; set; } = true;

    public IReadOnlyList<string> DerivedParts => SumFormula.Parts(Derived);
    public bool IsDecimal => ValueType == "decimal";
}

/// <summary>One cell of an explicit header grid (1-based row and column).</summary>
public sealed class HeaderCellDefinition
{
    public int Row { get; set; }
    public int Col { get; set; }
    public int Rowspan { get; set; } = 1;
    public int Colspan { get; set; } = 1;
    public string Text { get; set; } = "";
}

/// <summary>A block of table 二: caption row, header row (信息内容 + column labels), its rows.</summary>
public sealed class BlockDefinition
{
    public string Key { get; set; } = "";
    public string Caption { get; set; } = "";
    public string LabelHeader { get; set; } = "信息内容";
    public List<string> Columns { get; set; } = new();
    public List<string> Rows { get; set; } = new();
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
    /// <summary>For <c>identity</c> checks (R1): the rows whose sum must equal the sum of <see cref="Right"/>.</summary>
    public List<string> LeftRows { get; set; } = new();

    public IReadOnlyList<string> RightKeys => Right switch
    {
        string s => new[] { s },
        IEnumerable<object> list => list.Select(o => o.ToString() ?? "").ToList(),
        _ => Array.Empty<string>(),
    };
}
