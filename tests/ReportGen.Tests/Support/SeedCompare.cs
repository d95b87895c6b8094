using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Support;

/// <summary>
/// The acceptance measure of the team's seedcompare.py instrument (shared/tools, never read by tests) in C#: the share of a seed's numbers found
/// in order in an output text (longest common subsequence), and the share of its numbered headings.
/// </summary>
public static partial class SeedCompare
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*((?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十]+[）)]))\s*([^。；，,]{2,30})")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static (double Numbers, double Headings, List<string> MissingHeadings) Score(string seed, string output)
    {
        seed = seed.Normalize(NormalizationForm.FormKC);
        output = output.Normalize(NormalizationForm.FormKC);
        var seedNumbers = Number().Matches(seed).Select(m => m.Value).ToList();
        var outNumbers = Number().Matches(output).Select(m => m.Value).ToList();
        var numbers = (double)Lcs(seedNumbers, outNumbers) / Math.Max(1, seedNumbers.Count);

        var flat = Space().Replace(output, "");
        var headings = seed.Split('\n').Select(l => HeadingLine().Match(l)).Where(m => m.Success)
            .Select(m => Space().Replace(m.Groups[2].Value, "")).Select(t => t.Length > 8 ? t[..8] : t).ToList();
        var missing = headings.Where(h => !flat.Contains(h, StringComparison.Ordinal)).ToList();
        return (numbers, 1 - (double)missing.Count / Math.Max(1, headings.Count), missing);
    }

    private static int Lcs(List<string> a, List<string> b)
    {
        var prev = new int[b.Count + 1];
        var cur = new int[b.Count + 1];
        foreach (var x in a)
        {
            for (var j = 0; j < b.Count; j++)
                cur[j + 1] = x == b[j] ? prev[j] + 1 : Math.Max(prev[j + 1], cur[j]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Count];
    }
}
