namespace ReportGen.Documents.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
