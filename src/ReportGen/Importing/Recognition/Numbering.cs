using System.Text.RegularExpressions;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// The heading numbering of official documents (GB/T 9704 结构层次序数): 一、 → level 1, （一） → 2,
/// 1. → 3, （1） → 4, with the variants real reports print (一. 一． (一) 1、 1．).
/// </summary>
public static partial class Numbering
{
    [GeneratedRegex(@"(?:\s+\d[\d,.]*){2,}\s*$")]
    private static partial Regex NumberRun();

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+\s*[、.．，,]")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^\s*[（(]\s*[一二三四五六七八九十]+\s*[）)]")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.．、](?!\d)")]
    private static partial Regex Level3();

    [GeneratedRegex(@"^\s*[（(]\s*\d{1,2}\s*[）)]")]
    private static partial Regex Level4();

    /// <summary>1–4 for a numbered line, 0 when it starts with no heading number.</summary>
    public static int LevelOf(string text)
    {
        if (Level1().IsMatch(text)) return 1;
        if (Level2().IsMatch(text)) return 2;
        if (Level4().IsMatch(text)) return 4;
        if (Level3().IsMatch(text)) return 3;
        return 0;
    }

    /// <summary>
    /// A paragraph that reads as a heading when nothing marks it: numbered, short, one clause (at most a
    /// final full stop or colon). “（一）围绕法治政府建设，加强公开解读回应。我区……” is a paragraph.
    /// </summary>
    public static bool LooksLikeHeading(string text)
    {
        if (LevelOf(text) == 0) return false;
        var body = LabelText.StripNumbering(text).Trim();
        if (body.Length == 0 || body.Length > 40) return false;
        var inner = body.TrimEnd('。', '.', '：', ':', ' ');
        // A table row copied as a line ends with its run of numbers.
        if (NumberRun().IsMatch(inner)) return false;
        return inner.IndexOfAny(new[] { '。', '；', ';', '！', '？' }) < 0;
    }
}
