namespace ReportGen.Formats;

/// <summary>
/// A comparison with last year's report. <see cref="CrossYearKind.CarryOver"/> (R9): this year's <see cref="This"/>
/// row equals last year's <see cref="Previous"/> row, column by column. <see cref="CrossYearKind.Stock"/> (R10/R11):
/// for each of <see cref="Rows"/>, stock(Y) = stock(Y−1) + added − removed, and removed ≤ stock(Y−1) + added.
/// </summary>
public sealed record CrossYearDefinition
{
    public required string Rule { get; init; }
    public required CrossYearKind Kind { get; init; }
    public required string Table { get; init; }
    public string? This { get; init; }
    public string? Previous { get; init; }
    public IReadOnlyList<string> Rows { get; init; } = [];
    public string? Stock { get; init; }
    public string? Added { get; init; }
    public string? Removed { get; init; }
}

public enum CrossYearKind
{
    CarryOver,
    Stock,
}

/// <summary>
/// A sentence pattern that states a table quantity, e.g. 「收到…申请X件」 → 表三 一、/总计. The pattern is
/// a .NET regex with a named group <c>n</c> (the number) and optionally <c>unit</c>; <see cref="Cells"/>
/// are <c>table.row.column</c> references whose sum the number must equal (R12). When the pattern
/// captures a unit, it must be <see cref="Unit"/> (R19).
/// </summary>
public sealed record NarrativeFigureDefinition(string Name, string Pattern, IReadOnlyList<string> Cells, string? Unit);

/// <summary>
/// R20: the section that must state the 信息处理费 position (<see cref="Keywords"/>: any of them), and the
/// cell (<c>table.row.column</c>) that, when positive, requires mention of fee notices (<see cref="NoticeKeywords"/>).
/// </summary>
public sealed record FeeStatementDefinition(string Section, IReadOnlyList<string> Keywords, string? TriggerCell, IReadOnlyList<string> NoticeKeywords);

/// <summary>
/// R22: prose such as 「其中自然人申请741件，法人或其他组织申请8件」. <see cref="NaturalPattern"/> and
/// <see cref="LegalPattern"/> capture the two parts (group <c>n</c>), <see cref="TotalPattern"/> the
/// stated total in the same paragraph; the parts are compared with the total and with the table row(s)
/// listed in <see cref="Rows"/> (either one row or their sum may be meant).
/// </summary>
public sealed record ApplicantBreakdownDefinition(string Table, string NaturalPattern, string LegalPattern, string TotalPattern,
    string NaturalColumn, string LegalColumn, IReadOnlyList<string> Rows);

/// <summary>Formulas in format files are plain sums of keys (<c>"a + b + c"</c>); nothing else is allowed.</summary>
public static class SumFormula
{
    public static IReadOnlyList<string> Parts(string? formula)
    {
        if (string.IsNullOrWhiteSpace(formula)) return Array.Empty<string>();
        return formula.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Known = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Parts"/>, split once per formula and shared read-only: the derived rows and columns of a format are asked
    /// for their parts thousands of times a report. The parts are a function of the text alone, so nothing can go stale,
    /// and the formulas are the format files' own, so there are few.
    /// </summary>
    public static IReadOnlyList<string> SharedParts(string? formula)
        => string.IsNullOrWhiteSpace(formula) ? Array.Empty<string>() : Known.GetOrAdd(formula, Parts);
}
