namespace ReportGen.Documents.Diagnostics;

/// <summary>A position in a source file (YAML data or template); 1-based line and column.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
