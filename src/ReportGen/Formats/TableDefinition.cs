using ReportGen.Documents.Diagnostics;

namespace ReportGen.Formats;

public sealed record TableDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>How diagnostics name the table (表三); defaults to <see cref="Name"/>.</summary>
    public string? ShortName { get; init; }
    public string? TitlePattern { get; init; }
    public string? CaptionBefore { get; init; }
    public string? FillerLabel { get; init; }
    public IReadOnlyList<string> Header { get; init; } = [];
    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];
    public IReadOnlyList<RowDefinition> Rows { get; init; } = [];
    public SkippedCell SkippedCell { get; init; } = SkippedCell.Zero;
    public IReadOnlyList<CheckDefinition> Checks { get; init; } = [];
    public DerivedInput DerivedInput { get; init; } = DerivedInput.Forbidden;
    /// <summary>Printed grid width (table 二: 4, table 三: 10, table 四: 15); 0 = one column per printed column plus labels.</summary>
    public int GridColumns { get; init; }
    /// <summary>How many grid columns the row labels take (table 三: 3; table 四: 0).</summary>
    public int LabelColumns { get; init; } = 1;
    /// <summary>Explicit header grid with merged cells, as in the official template.</summary>
    public IReadOnlyList<HeaderCellDefinition> HeaderCells { get; init; } = [];
    /// <summary>Tables printed as blocks with their own captions and headers (table 二).</summary>
    public IReadOnlyList<BlockDefinition> Blocks { get; init; } = [];
    /// <summary>Which row <c>reportgen new</c> fills from last year's values (given, or taken from the R9 <c>cross_year</c> link); null when the table has no such pair.</summary>
    public CarryOverDefinition? CarryOver { get; init; }

    public RowDefinition? FindRow(string key) => KeyIndex.Of(Rows, r => r.Key).GetValueOrDefault(key);
    public ColumnDefinition? FindColumn(string key) => KeyIndex.Of(Columns, c => c.Key).GetValueOrDefault(key);
    public string DisplayName => ShortName ?? Name;
    public IEnumerable<ColumnDefinition> PrintedColumns => Columns.Where(c => c.Printed);

    /// <summary>The columns a row has values in: its own list (table 二 blocks) or every column.</summary>
    public IReadOnlyList<ColumnDefinition> ColumnsOf(RowDefinition row)
        => row.Cells.Count == 0 ? Columns : row.Cells.Select(FindColumn).OfType<ColumnDefinition>().ToList();

    public bool HasCell(RowDefinition row, string column) => row.Cells.Count == 0 ? FindColumn(column) is not null : row.Cells.Contains(column);

    /// <summary>A column's own type wins over the row's.</summary>
    public CellType CellType(RowDefinition row, ColumnDefinition column) => column.ValueType ?? row.ValueType;
    public bool IsSingleColumn => Columns.Count == 1;
    public string DefaultColumn => Columns.Count == 1 ? Columns[0].Key : Columns.FirstOrDefault(c => c.Key == "total")?.Key ?? Columns[^1].Key;
}

/// <summary>What a cell left out of the data means.</summary>
public enum SkippedCell
{
    /// <summary>Blank as published; prints 0 (the 2014 统计表).</summary>
    NotReported,
    /// <summary>0 (most of 表三's 150 result cells are).</summary>
    Zero,
    /// <summary>An error: 0 must be typed (表二's seven values).</summary>
    Required,
}

/// <summary>Whether a derived (total) cell may be typed.</summary>
public enum DerivedInput
{
    /// <summary>Always computed; typing it is an error.</summary>
    Forbidden,
    /// <summary>Published totals are kept as published and checked against the sum (R16).</summary>
    Allowed,
}

public enum CellType
{
    Integer,
    /// <summary>Amounts (万元), at most four decimals.</summary>
    Decimal,
    /// <summary>2019's 本年增/减: may be negative.</summary>
    SignedInteger,
}

public sealed record ColumnDefinition
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    /// <summary>Sum of other columns, e.g. <c>"a + b + c"</c>; computed, never typed.</summary>
    public string? Derived { get; init; }
    /// <summary>The rule a typed or wrong total is reported under (R2, R4).</summary>
    public string? Rule { get; init; }
    public bool Printed { get; init; } = true;
    public CellType? ValueType { get; init; }

    public IReadOnlyList<string> DerivedParts => SumFormula.SharedParts(Derived);
}

public sealed record RowDefinition
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    public int Level { get; init; }
    public string? Unit { get; init; }
    public bool Data { get; init; } = true;
    public string? Parent { get; init; }
    public RowRelation? Relation { get; init; }
    public string? Derived { get; init; }
    /// <summary>The rule a typed or wrong total is reported under (R3, R16).</summary>
    public string? Rule { get; init; }
    public CellType ValueType { get; init; } = CellType.Integer;
    public string? Note { get; init; }
    /// <summary>The group row this row is printed under (merged label cell, no subtotal row), e.g. （三）不予公开.</summary>
    public string? Group { get; init; }
    /// <summary>Columns this row has (empty: all).</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];
    /// <summary>False for a subtotal kept in the model but not printed.</summary>
    public bool Printed { get; init; } = true;

    public IReadOnlyList<string> DerivedParts => SumFormula.SharedParts(Derived);
    public bool IsDecimal => ValueType == CellType.Decimal;
}

/// <summary>How a row relates to its <see cref="RowDefinition.Parent"/>.</summary>
public enum RowRelation
{
    /// <summary>An addend of the parent.</summary>
    PartOf,
    /// <summary>其中: contained in the parent, not an addend.</summary>
    SubsetOf,
    None,
}

/// <summary>One cell of an explicit header grid (1-based row and column).</summary>
public sealed record HeaderCellDefinition(int Row, int Col, int Rowspan, int Colspan, string Text);

/// <summary>A block of table 二: caption row, header row (信息内容 + column labels), its rows.</summary>
public sealed record BlockDefinition(string Key, string Caption, string LabelHeader, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows);

/// <summary>A relation that is not a sum (R17, R1): see <see cref="CheckKind"/>.</summary>
public sealed record CheckDefinition
{
    public required string Rule { get; init; }
    public required CheckKind Kind { get; init; }
    public string Left { get; init; } = "";
    public IReadOnlyList<string> Right { get; init; } = [];
    public Severity Severity { get; init; } = Severity.Error;
    /// <summary>Whether a right side that is not reported means “no finding” or 0.</summary>
    public BlankHandling WhenRightBlank { get; init; } = BlankHandling.Skip;
    /// <summary>For <see cref="CheckKind.Identity"/> (R1): the rows whose sum must equal the sum of <see cref="Right"/>.</summary>
    public IReadOnlyList<string> LeftRows { get; init; } = [];
}

public enum CheckKind
{
    /// <summary>left ≤ right.</summary>
    AtMost,
    /// <summary>left ≤ Σ right.</summary>
    AtMostSum,
    /// <summary>Σ left rows = Σ right rows, column by column.</summary>
    Identity,
}

public enum BlankHandling
{
    /// <summary>No finding when the right side is not reported.</summary>
    Skip,
    /// <summary>A blank right side counts as 0.</summary>
    Zero,
}

/// <summary>
/// A table's year-to-year link: next year's <see cref="ToRow"/> starts as this year's <see cref="FromRow"/>,
/// cell by cell (e.g. 上年结转 ← 结转下年度继续办理).
/// </summary>
public sealed record CarryOverDefinition(string FromRow, string ToRow);
