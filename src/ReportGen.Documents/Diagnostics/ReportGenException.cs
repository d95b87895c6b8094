namespace ReportGen.Documents.Diagnostics;

/// <summary>Carries diagnostics out of a stage that cannot continue (e.g. a writer meeting a character no font has).</summary>
public sealed class ReportGenException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public ReportGenException(Diagnostic diagnostic) : this(new[] { diagnostic }) { }

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
