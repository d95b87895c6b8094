namespace ReportGen.Documents.Diagnostics;

/// <summary>Collects diagnostics of one stage; stages report many problems at once rather than throwing on the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string ruleId, SourceSpan? span, string field, string message, string hint = "")
        => _items.Add(new Diagnostic(Severity.Error, ruleId, span, field, message, hint));

    public void Warning(string ruleId, SourceSpan? span, string field, string message, string hint = "")
        => _items.Add(new Diagnostic(Severity.Warning, ruleId, span, field, message, hint));
}
