namespace ReportGen.Templating;

/// <summary>Output of a template (an include): already markup, written without escaping.</summary>
public sealed record TrustedMarkup(string Value)
{
    public override string ToString() => Value;
}
