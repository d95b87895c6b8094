using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R28: the printed title names the agency, the report year and the report's statutory name (the format's
/// <c>title_rule</c>: 政府信息公开工作年度报告, Regulation art. 49–50). The agency's name may drop a bracketed
/// note and an ending the format allows (人民政府); a missing name is a warning, the others errors.
/// </summary>
public sealed class TitleRule : IRule
{
    public string Id => "R28";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (model.Format.Title is not { } rule) yield break;
        var title = model.FullTitle;
        var span = model.Spans.For("title");
        if (!title.Contains(rule.Phrase, StringComparison.Ordinal))
            yield return Finding.Of(Catalog.Checking.R28Missing, span, "title", title, rule.Phrase);
        if (!title.Contains($"{model.Year}年", StringComparison.Ordinal))
            yield return Finding.Of(Catalog.Checking.R28Missing, span, "title", title, $"{model.Year}年");
        if (!Names(model.Agency.Name, rule).Any(n => title.Contains(n, StringComparison.Ordinal)))
            yield return Finding.Warning(Catalog.Checking.R28Agency, span, "title", title, model.Agency.Name);
    }

    /// <summary>The ways the title may write the agency's name.</summary>
    private static IEnumerable<string> Names(string name, Formats.TitleDefinition rule)
    {
        var plain = WithoutBrackets(name);
        yield return plain;
        foreach (var ending in rule.DropEndings.Where(e => plain.EndsWith(e, StringComparison.Ordinal) && plain.Length > e.Length + 1))
            yield return plain[..^ending.Length];
        foreach (var (ending, replacements) in rule.Abbreviations)
            if (plain.EndsWith(ending, StringComparison.Ordinal))
                foreach (var r in replacements) yield return plain[..^ending.Length] + r;
    }

    private static string WithoutBrackets(string name)
    {
        var sb = new StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
