using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking;

/// <summary>
/// One consistency rule (ids as in the format spec, R1…R22). Rules read their parameters from the
/// format definition; severity comes from the rule catalogue, so a rule only says what is wrong.
/// </summary>
public interface IRule
{
    string Id { get; }

    IEnumerable<Finding> Check(ReportModel model, CheckContext context);
}

/// <summary>What a rule found: where, which field, and the message; the checker turns it into a <see cref="Diagnostic"/>.</summary>
public sealed record Finding(SourceSpan Span, string Field, string Message, string Hint = "", Severity? Severity = null)
{
    /// <summary>A finding worded by a catalogue kind (Catalog.Checking).</summary>
    public static Finding Of(DiagnosticKind kind, SourceSpan span, string field, params object?[] args)
        => new(span, field, kind.Text(args), kind.HintText(args));

    /// <summary>A finding of a kind that is always a warning, whatever the rule's severity (a missing date, a late one).</summary>
    public static Finding Warning(DiagnosticKind kind, SourceSpan span, string field, params object?[] args)
        => new(span, field, kind.Text(args), kind.HintText(args), Documents.Diagnostics.Severity.Warning);
}

/// <summary>What rules may know beyond the report itself: last year's report when its file exists.</summary>
public sealed record CheckContext(ReportModel? PreviousYear = null, string? PreviousYearFile = null);
