using ReportGen.Documents.Diagnostics;
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
public sealed record Finding(SourceSpan Span, string Field, string Message, string Hint = "", Severity? Severity = null);

/// <summary>What rules may know beyond the report itself: last year's report when its file exists.</summary>
public sealed record CheckContext(ReportModel? PreviousYear = null, string? PreviousYearFile = null);
