namespace ReportGen.Documents.Layout.Text;

/// <summary>A piece of paragraph text with its emphasis; '\n' inside means a forced line break.</summary>
public readonly record struct StyledSpan(string Text, bool Strong = false);
