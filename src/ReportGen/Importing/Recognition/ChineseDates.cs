using System.Text.RegularExpressions;

namespace ReportGen.Importing.Recognition;

/// <summary>成文日期 as printed: 2025年3月25日, 二〇二五年三月二十五日 (the zero also as ○, O or 零), 2025-03-25, 2025.3.25.</summary>
public static partial class ChineseDates
{
    private const string Digits = "一二三四五六七八九";

    [GeneratedRegex(@"^[（(]?\s*(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*[）)]?$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^[（(]?\s*(?<y>[〇○ОOo0零一二三四五六七八九]{4})\s*年\s*(?<m>[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[一二三四五六七八九十廿]{1,4})\s*日\s*[）)]?$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^[（(]?\s*(?<y>\d{4})\s*[-./]\s*(?<m>\d{1,2})\s*[-./]\s*(?<d>\d{1,2})\s*[）)]?$")]
    private static partial Regex Numeric();

    /// <summary>The date when the whole text is one date (brackets allowed), else null.</summary>
    public static DateOnly? Parse(string text)
    {
        var t = text.Trim().Replace(" ", "");
        var m = Arabic().Match(t);
        if (!m.Success) m = Numeric().Match(t);
        if (m.Success)
            return Make(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
        m = Chinese().Match(t);
        if (!m.Success) return null;
        var year = 0;
        foreach (var c in m.Groups["y"].Value) year = year * 10 + DigitOf(c);
        return Make(year, Small(m.Groups["m"].Value), Small(m.Groups["d"].Value));
    }

    public static bool IsDate(string text) => Parse(text) is not null;

    private static DateOnly? Make(int y, int m, int d)
        => y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static int DigitOf(char c) => c switch
    {
        '〇' or '○' or 'О' or 'O' or 'o' or '0' or '零' => 0,
        _ => Digits.IndexOf(c) is var i and >= 0 ? i + 1 : -100,
    };

    /// <summary>一 … 三十一 (with 廿 for 二十).</summary>
    private static int Small(string s)
    {
        s = s.Replace("廿", "二十");
        if (s == "十") return 10;
        if (s.StartsWith('十')) return 10 + DigitOf(s[1]);
        if (s.EndsWith('十')) return DigitOf(s[0]) * 10;
        if (s.Length == 3 && s[1] == '十') return DigitOf(s[0]) * 10 + DigitOf(s[2]);
        return s.Length == 1 ? DigitOf(s[0]) : -100;
    }
}
