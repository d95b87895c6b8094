using System.Reflection;

namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// The closed catalogue of diagnostics: every code (<see cref="Codes"/>, <see cref="Rules"/>) and every
/// message the product gives, with its Chinese text and hint, grouped by the stage that reports it
/// (one file per stage in this folder). Stages create diagnostics from these kinds, printers render
/// them, <c>reportgen explain</c> reads the codes: nothing else words a problem.
/// </summary>
public static partial class Catalog
{
    private static readonly Lazy<IReadOnlyList<DiagnosticCode>> AllCodes = new(() => Collect<DiagnosticCode>()
        .DistinctBy(c => c.Id).OrderBy(c => c.IsRule).ThenBy(c => SortKey(c.Id)).ToList());

    private static readonly Lazy<IReadOnlyList<DiagnosticKind>> AllKinds = new(() => Collect<DiagnosticKind>().ToList());

    private static readonly Lazy<IReadOnlyDictionary<string, DiagnosticCode>> ById = new(() => AllCodes.Value.ToDictionary(c => c.Id, StringComparer.Ordinal));

    /// <summary>Every code, E-codes first, each group in numeric order.</summary>
    public static IReadOnlyList<DiagnosticCode> AllCodesInOrder => AllCodes.Value;

    /// <summary>Every message kind of every stage.</summary>
    public static IReadOnlyList<DiagnosticKind> AllMessages => AllKinds.Value;

    /// <summary>The format rules R1 … in order (what <c>reportgen explain</c> lists).</summary>
    public static IEnumerable<DiagnosticCode> RuleCodes => AllCodes.Value.Where(c => c.IsRule);

    public static DiagnosticCode? Find(string id) => ById.Value.GetValueOrDefault(id);

    /// <summary>
    /// What to do about <paramref name="diagnostic"/>: its own hint when it has one, otherwise the advice of
    /// its code, otherwise (a rule) where to read about the rule — so no problem is printed without a next step.
    /// </summary>
    public static string AdviceFor(Diagnostic diagnostic)
    {
        if (!string.IsNullOrWhiteSpace(diagnostic.Hint)) return diagnostic.Hint;
        var code = Find(diagnostic.RuleId);
        if (code is { Advice.Length: > 0 }) return code.Advice;
        if (diagnostic.RuleId.StartsWith('R')) return Phrases.ExplainRule.Text(diagnostic.RuleId);
        return "";
    }

    private static (int, int) SortKey(string id) => (id.Length, int.TryParse(id.AsSpan(1), out var n) ? n : int.MaxValue);

    private static IEnumerable<T> Collect<T>() => typeof(Catalog).GetNestedTypes(BindingFlags.Public)
        .Append(typeof(Catalog))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(T))
        .Select(f => (T)f.GetValue(null)!);
}
