using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>Diagnostics as JSON (<c>check --json</c>, the batch summary's first error): the same objects the terminal printer shows.</summary>
public static class DiagnosticJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One diagnostic, complete.</summary>
    public static object Of(Diagnostic d) => new
    {
        severity = d.Severity.ToString().ToLowerInvariant(),
        rule = d.RuleId,
        file = d.Span?.File is { } f ? Relative(f) : null,
        line = d.Span?.Line,
        column = d.Span?.Column,
        field = d.Field,
        message = d.Message,
        hint = d.Hint,
    };

    /// <summary>The batch summary's first error of a report: where and what, without severity (always an error) or hint.</summary>
    public static object Brief(Diagnostic d) => new
    {
        rule = d.RuleId,
        file = d.Span?.File is { } f ? Relative(f) : null,
        line = d.Span?.Line,
        column = d.Span?.Column,
        field = d.Field,
        message = d.Message,
    };

    public static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
