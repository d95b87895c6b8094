namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// Collects diagnostics of one stage; stages report many problems at once rather than throwing on the first.
/// Diagnostics are made from the catalogue's kinds (<see cref="DiagnosticKind.At(SourceSpan?, string, object?[])"/>).
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
