namespace ReportGen.Formats;

/// <summary>Formulas in format files are plain sums of keys (<c>"a + b + c"</c>); nothing else is allowed.</summary>
public static class SumFormula
{
    public static IReadOnlyList<string> Parts(string? formula)
    {
        if (string.IsNullOrWhiteSpace(formula)) return Array.Empty<string>();
        return formula.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
