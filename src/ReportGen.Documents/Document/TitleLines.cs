namespace ReportGen.Documents.Document;

/// <summary>
/// The title's line breaks, decided once in the model so that PDF, DOCX and HTML print the same
/// lines (GB/T 9704 §7.3.3: 标题回行时词意完整、排列对称、长短适宜，梯形或菱形). A line longer than
/// the block breaks between the issuing agency and 「year + report name」, else before the year or
/// before the report subject 「政府信息公开…」 — never inside a word — preferring a trapezoid (upper
/// line not longer than the lower). Given lines that fit are kept as the data wrote them.
/// </summary>
public static class TitleLines
{
    /// <summary>Characters of 2号 type on the 156 mm block: 442 pt / 22 pt.</summary>
    public const double BlockEm = 20;

    private static readonly string[] Subjects = ["政府信息公开", "政务公开", "信息公开"];

    /// <summary>Arranges every given line; <paramref name="agency"/> (the 发文机关) marks the preferred break.</summary>
    public static IReadOnlyList<string> Arrange(IEnumerable<string> lines, string? agency = null, double maxEm = BlockEm)
    {
        var result = new List<string>();
        foreach (var line in lines) Break(line.Trim(), agency, maxEm, result);
        return result;
    }

    /// <summary>Width in em as a Chinese title face sets it: full-width characters 1, ASCII digits and letters ½.</summary>
    public static double Em(ReadOnlySpan<char> s)
    {
        var em = 0.0;
        foreach (var c in s) em += c < 0x2000 ? 0.5 : char.IsLowSurrogate(c) ? 0 : 1;
        return em;
    }

    /// <summary><c>result[i]</c> is <see cref="Em"/> of the first i characters.</summary>
    private static double[] PrefixEm(string line)
    {
        var em = new double[line.Length + 1];
        for (var i = 0; i < line.Length; i++) em[i + 1] = em[i] + Em(line.AsSpan(i, 1));
        return em;
    }

    private static void Break(string line, string? agency, double maxEm, List<string> into)
    {
        if (line.Length == 0 || Em(line) <= maxEm + 0.01)
        {
            if (line.Length > 0) into.Add(line);
            return;
        }
        // Widths of every prefix, once: measuring each candidate afresh made a long title quadratic.
        var em = PrefixEm(line);
        var best = -1;
        var bestScore = double.MaxValue;
        foreach (var (at, priority) in Candidates(line, agency))
        {
            var upper = em[at];
            var lower = em[^1] - em[at];
            // Both lines must fit; among those, the meaningful boundary first, then the trapezoid
            // (upper line no longer than the lower), then balance.
            var score = priority * 100 + (upper > lower ? 10 : 0) + Math.Abs(lower - upper) + (upper > maxEm || lower > maxEm ? 1000 : 0);
            if (score < bestScore) (best, bestScore) = (at, score);
        }
        if (best < 0 || bestScore >= 1000) best = Fallback(line, agency, em);
        if (best <= 0 || best >= line.Length)
        {
            into.Add(line);
            return;
        }
        Break(line[..best], agency, maxEm, into);
        Break(line[best..], agency, maxEm, into);
    }

    /// <summary>Break positions with their rank (0 = the rule's first choice).</summary>
    private static IEnumerable<(int At, int Priority)> Candidates(string line, string? agency)
    {
        if (!string.IsNullOrEmpty(agency))
        {
            var i = line.IndexOf(agency, StringComparison.Ordinal);
            if (i >= 0 && i + agency.Length < line.Length) yield return (i + agency.Length, 0);
        }
        for (var i = 1; i < line.Length; i++)
        {
            // Before a year: 「…人民政府|2024年…」.
            if (char.IsAsciiDigit(line[i]) && !char.IsAsciiDigit(line[i - 1]) && IsYear(line, i)) yield return (i, 1);
            // After a leading year: 「2018年度|长春市…」.
            if (IsYear(line, 0) && (i == 5 && line[5] != '度' || i == 6 && line[5] == '度')) yield return (i, 3);
            // Before the report subject: 「…管委会|政府信息公开工作年度报告」.
            foreach (var subject in Subjects)
                if (string.CompareOrdinal(line, i, subject, 0, subject.Length) == 0 && !InsideSubject(line, i)) { yield return (i, 2); break; }
        }
    }

    private static bool IsYear(string s, int at)
        => at + 5 <= s.Length && char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1]) && char.IsAsciiDigit(s[at + 2])
           && char.IsAsciiDigit(s[at + 3]) && s[at + 4] == '年' && (at == 0 || !char.IsAsciiDigit(s[at - 1]));

    /// <summary>「信息公开」 inside 「政府信息公开」 is not a boundary.</summary>
    private static bool InsideSubject(string line, int at) => at >= 2 && string.CompareOrdinal(line, at - 2, "政府", 0, 2) == 0;

    /// <summary>
    /// No meaningful boundary fits: the most balanced break that splits neither a number, a Latin
    /// word, a bracketed phrase's edge, nor one of the title's fixed terms.
    /// </summary>
    private static int Fallback(string line, string? agency, double[] em)
    {
        // The imbalance |em[i] − half| falls to the middle and rises after it, so the nearest breakable position on
        // each side of the middle is all that must be compared (a scan of the whole line per break made a
        // megabyte title take minutes).
        var half = em[^1] / 2;
        var middle = Array.BinarySearch(em, half);
        if (middle < 0) middle = ~middle - 1;
        var left = Math.Min(middle, line.Length - 1);
        while (left >= 1 && !Breakable(line, left, agency)) left--;
        var right = Math.Max(middle + 1, 1);
        while (right < line.Length && !Breakable(line, right, agency)) right++;
        var hasLeft = left >= 1;
        var hasRight = right < line.Length;
        if (!hasLeft && !hasRight) return -1;
        if (!hasRight) return left;
        if (!hasLeft) return right;
        return half - em[left] <= em[right] - half ? left : right;
    }

    private static readonly string[] Terms = ["人民政府", "政府信息公开", "信息公开", "工作年度报告", "年度报告", "委员会", "管理委员会", "办公室", "办公厅"];

    private static bool Breakable(string line, int i, string? agency)
    {
        var prev = line[i - 1];
        var cur = line[i];
        if (char.IsLowSurrogate(cur)) return false;
        if (prev < 0x2000 && cur < 0x2000) return false;
        if ("）》」』】〕，。、；：？！”’".Contains(cur) || "（《「『【〔“‘".Contains(prev)) return false;
        if (char.IsAsciiDigit(prev) && cur == '年') return false;
        foreach (var term in Terms)
            for (var start = Math.Max(0, i - term.Length + 1); start < i; start++)
                if (start + term.Length <= line.Length && string.CompareOrdinal(line, start, term, 0, term.Length) == 0) return false;
        return true;
    }
}
