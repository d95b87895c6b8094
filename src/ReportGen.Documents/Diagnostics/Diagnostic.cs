namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// The one diagnostic type of every stage: loading, checking, templating and writing all report
/// through it, each created from a kind of the <see cref="Catalog"/>; every printer (terminal, JSON)
/// renders these same objects.
/// </summary>
/// <param name="RuleId">Stable code: E-codes for input errors (E0101…), R-codes for format rules (R1…).</param>
/// <param name="Field">Field path in the data, e.g. <c>statistics.c1_1</c>, or a table cell description.</param>
/// <param name="Message">Chinese, for office staff.</param>
/// <param name="Hint">Chinese, what to do about this very finding; may be empty (the code's advice then applies, see <see cref="Catalog.AdviceFor"/>).</param>
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

    /// <summary>What to do: the diagnostic's own hint, else its code's advice (see <see cref="Catalog.AdviceFor"/>).</summary>
    public string Advice => Catalog.AdviceFor(this);

    /// <summary>The first line a printer shows: <c>file:line:col: 错误 E0101 [field]: message</c>.</summary>
    public string Headline
    {
        get
        {
            var where = Span is null ? "" : Span + ": ";
            var fieldPart = string.IsNullOrEmpty(Field) ? "" : $" [{Field}]";
            return $"{where}{Catalog.Phrases.SeverityWord(Severity)} {RuleId}{fieldPart}: {Message}";
        }
    }

    /// <summary>The headline followed by the diagnostic's own hint.</summary>
    public override string ToString() => string.IsNullOrEmpty(Hint) ? Headline : $"{Headline} {Hint}";
}
