namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// The one diagnostic type of every stage: loading, checking, templating and writing all report
/// through it, so the CLI prints and serialises them in one place.
/// </summary>
/// <param name="RuleId">Stable id: E-codes for input errors (E0101…), R-codes for format rules (R1…).</param>
/// <param name="Field">Field path in the data, e.g. <c>statistics.c1_1</c>, or a table cell description.</param>
/// <param name="Message">Chinese, for office staff.</param>
/// <param name="Hint">Chinese, what to do about it; may be empty.</param>
public sealed record Diagnostic(
    Severity Severity,
    string RuleId,
    SourceSpan? Span,
    string Field,
    string Message,
    string Hint = "")
{
    public bool IsError => Severity == Severity.Error;

    public Diagnostic AsWarning() => this with { Severity = Severity.Warning };

    /// <summary>Renders as <c>file:line:col: 错误 E0101 [field]: message（hint）</c>.</summary>
    public override string ToString()
    {
        var where = Span is null ? "" : Span + ": ";
        var sev = Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
        var field = string.IsNullOrEmpty(Field) ? "" : $" [{Field}]";
        var hint = string.IsNullOrEmpty(Hint) ? "" : $" {Hint}";
        return $"{where}{sev} {RuleId}{field}: {Message}{hint}";
    }
}
