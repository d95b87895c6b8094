namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// A stable code of the catalogue (E0101 …, R1 …): its default severity, a title, what to do when no
/// message says more (<see cref="Advice"/>) and, for the format rules, what the rule checks and why
/// (<c>reportgen explain</c>).
/// </summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Title, string Advice = "", string Checks = "", string Why = "")
{
    /// <summary>A consistency rule of the formats (R1 …) rather than an input or tool error (E…).</summary>
    public bool IsRule => Id.StartsWith('R');

    public override string ToString() => Id;
}
