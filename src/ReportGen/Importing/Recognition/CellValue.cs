using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Importing.Recognition;

public enum CellKind
{
    Number,
    /// <summary>Printed blank, “/”, “—”: kept blank, never read as 0.</summary>
    Blank,
    /// <summary>Something that is neither a number nor a blank mark.</summary>
    Text,
}

/// <summary>
/// A statistics cell as printed: <c>12件</c>, <c>1,234</c>, <c>１２３</c>, <c>1193.60万元</c> read as numbers
/// (the digits as printed are kept, so 1193.60 stays 1193.60); blank, “/”, “—”, “-” as blank; anything else as text.
/// </summary>
public sealed partial record CellValue(CellKind Kind, string Raw, string Text, decimal Value)
{
    [GeneratedRegex(@"^(?<sign>[-−－])?(?<int>\d{1,3}(?:[,，]\d{3})+|\d+)(?<frac>\.\d+)?(?:\s*(?:件|条|个|次|篇|人次|人|万元|元|项|份|起|户|家|部|场|期))?$")]
    private static partial Regex Number();

    private static readonly HashSet<string> BlankMarks = new(StringComparer.Ordinal)
    {
        "", "/", "／", "\\", "—", "——", "-", "－", "--", "－－", "–", "―", "─", "无", "空", "×", "x", "X", "…",
    };

    public static CellValue Parse(string raw)
    {
        var text = LabelText.Fold(raw).Trim().Replace(" ", "").Replace("\u3000", "");
        if (BlankMarks.Contains(text) || text.All(c => c is '-' or '—' or '－' or '/' or '／' or '_'))
            return new CellValue(CellKind.Blank, raw, "", 0);
        var m = Number().Match(text);
        if (!m.Success) return new CellValue(CellKind.Text, raw, text, 0);
        var digits = m.Groups["int"].Value.Replace(",", "").Replace("，", "");
        var number = (m.Groups["sign"].Success ? "-" : "") + digits + m.Groups["frac"].Value;
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return new CellValue(CellKind.Text, raw, text, 0);
        return new CellValue(CellKind.Number, raw, number, value);
    }

    /// <summary>What the cell showed, for reports: “空白” for an empty cell, else the printed mark.</summary>
    public string Shown => Raw.Trim().Length == 0 ? "空白" : $"“{Raw.Trim()}”";
}
