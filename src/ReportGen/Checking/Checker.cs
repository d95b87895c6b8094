using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking;

/// <summary>
/// Stage 3: runs the rules the report's format lists. A finding the data acknowledges (same rule,
/// same field) becomes a warning carrying the acknowledged reason, so published mistakes can be kept.
/// An entry with <c>published:</c> only records wording printed differently (written by <c>reportgen import</c>).
/// </summary>
public sealed class Checker(IEnumerable<IRule>? rules = null)
{
    private readonly IReadOnlyList<IRule> _rules = (rules ?? RuleSet.All).ToList();

    public IReadOnlyList<IRule> Rules => _rules;

    public IReadOnlyList<Diagnostic> Check(ReportModel model, CheckContext? context = null)
    {
        context ??= new CheckContext();
        var result = new List<Diagnostic>();
        var used = new HashSet<Acknowledgement>();
        // A workspace's copy of an official format keeps every rule the shipped one applies (R29 says what it changed).
        var official = OfficialFormats.Find(model.Format.Id);
        foreach (var rule in _rules.Where(r => model.Format.Applies(r.Id) || official?.Applies(r.Id) == true))
        {
            var severity = model.Format.RuleSeverity.TryGetValue(rule.Id, out var configured) ? configured
                : Catalog.Find(rule.Id)?.Severity ?? Severity.Error;
            foreach (var f in rule.Check(model, context))
            {
                var diagnostic = new Diagnostic(f.Severity ?? severity, rule.Id, f.Span, f.Field, f.Message, f.Hint);
                // Findings on free text name no field; an acknowledgement of the same rule covers them.
                var ack = model.Acknowledgements.FirstOrDefault(a => a.Published is null && a.RuleId == rule.Id && (a.Field is null || a.Field == f.Field || f.Field == ""));
                if (ack is not null)
                {
                    used.Add(ack);
                    diagnostic = diagnostic with
                    {
                        Severity = diagnostic.Severity == Severity.Info ? Severity.Info : Severity.Warning,
                        Hint = Catalog.Phrases.Acknowledged.Text(ack.Reason),
                    };
                }
                result.Add(diagnostic);
            }
        }
        // A recorded wording deviation (published:) documents what was printed; it neither silences a finding nor goes unused.
        foreach (var ack in model.Acknowledgements.Where(a => !used.Contains(a) && a.Published is null))
            result.Add(Catalog.Checking.UnusedAcknowledgement.At(ack.Span, ack.Field ?? "",
                ack.RuleId, ack.Field is null ? "" : Catalog.Phrases.FieldInParentheses.Text(ack.Field)));
        return result;
    }
}
