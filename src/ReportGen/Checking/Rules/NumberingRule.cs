using ReportGen.Documents.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R18: enumerators 一、 /（一）/ 1. /（1） run 1, 2, 3… without gaps or repeats under each parent.
/// Run-in headings (a paragraph that starts with an enumerator) count as well, as readers see them
/// as the same list; a higher-rank enumerator restarts the lower ranks.
/// </summary>
public sealed partial class NumberingRule : IRule
{
    public string Id => "R18";

    [GeneratedRegex(@"^\s*(?:(?<c1>[一二三四五六七八九十]+)、|[（(](?<c2>[一二三四五六七八九十]+)[）)]|(?<a3>\d{1,2})[.．、](?!\d)|[（(](?<a4>\d{1,2})[）)])")]
    private static partial Regex Enumerator();

    private static readonly string[] RankNames = { "一、", "（一）", "1.", "（1）" };

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
        => CheckContainer(model.Sections, "sections");

    /// <param name="container">The heading of the section whose items are checked ("sections" at top level): the field an acknowledgement names.</param>
    private IEnumerable<Finding> CheckContainer(IEnumerable<BodyItem> items, string container)
    {
        var last = new int[4];
        foreach (var item in items)
        {
            var text = item switch { Section s => s.Heading, NarrativeParagraph p => p.Text, _ => null };
            if (text is not null && Parse(text) is var (rank, number))
            {
                var expected = last[rank] + 1;
                if (number != expected)
                {
                    yield return Finding.Of(Catalog.Checking.R18Gap, item.Span, container, text[..Math.Min(text.Length, 12)], number, expected, RankNames[rank]);
                }
                last[rank] = number;
                for (var lower = rank + 1; lower < 4; lower++) last[lower] = 0;
            }
            if (item is Section section)
                foreach (var f in CheckContainer(section.Body, section.Heading)) yield return f;
        }
    }

    private static (int Rank, int Number)? Parse(string text)
    {
        var m = Enumerator().Match(text);
        if (!m.Success) return null;
        if (m.Groups["c1"].Success) return (0, ChineseNumber(m.Groups["c1"].Value));
        if (m.Groups["c2"].Success) return (1, ChineseNumber(m.Groups["c2"].Value));
        if (m.Groups["a3"].Success) return (2, int.Parse(m.Groups["a3"].Value));
        return (3, int.Parse(m.Groups["a4"].Value));
    }

    internal static int ChineseNumber(string s)
    {
        const string digits = "零一二三四五六七八九";
        if (s == "十") return 10;
        if (s.Length == 1) return digits.IndexOf(s[0]);
        if (s[0] == '十') return 10 + digits.IndexOf(s[1]);
        if (s.Length == 2 && s[1] == '十') return digits.IndexOf(s[0]) * 10;
        if (s.Length == 3 && s[1] == '十') return digits.IndexOf(s[0]) * 10 + digits.IndexOf(s[2]);
        return -1;
    }
}
