using System.Globalization;

namespace ReportGen.Documents.Diagnostics;

/// <summary>
/// One message the product can give: its code and its Chinese text. <see cref="Message"/> and
/// <see cref="Hint"/> are composite formats (<c>{0}</c>, <c>{1:F1}</c> …) filled from the same
/// arguments, so a hint may name what the message found. Every kind lives in <see cref="Catalog"/>.
/// </summary>
public sealed record DiagnosticKind(DiagnosticCode Code, string Message, string Hint = "")
{
    public string Text(params object?[] args) => Fill(Message, args);

    /// <summary>The same message under another code: a format that names a rule for a check reports it under that rule (R2 … R6).</summary>
    public DiagnosticKind Under(DiagnosticCode code) => this with { Code = code };

    public string HintText(params object?[] args) => Fill(Hint, args);

    /// <summary>The diagnostic at <paramref name="span"/>, with the code's default severity.</summary>
    public Diagnostic At(SourceSpan? span, string field, params object?[] args)
        => new(Code.Severity, Code.Id, span, field, Text(args), HintText(args));

    public Diagnostic At(Severity severity, SourceSpan? span, string field, params object?[] args)
        => new(severity, Code.Id, span, field, Text(args), HintText(args));

    private static string Fill(string template, object?[] args)
        => args.Length == 0 && !template.Contains('{') ? template : string.Format(CultureInfo.InvariantCulture, template, args);
}

/// <summary>A piece of user text that is not itself a diagnostic: a suggestion, a list, an outcome a command prints.</summary>
public sealed record Phrase(string Template)
{
    public string Text(params object?[] args) => string.Format(CultureInfo.InvariantCulture, Template, args);

    public override string ToString() => Template;
}
