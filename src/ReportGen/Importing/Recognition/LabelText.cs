using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// Labels as published compared with labels as defined: whitespace and line breaks, full- and
/// half-width forms, quotes and punctuation, and enumerators (一、 （一） 1. 1、 ① 其中：) do not count;
/// a trailing parenthetical may be left out; the lexicon's variants count; anything else is judged by
/// shared character pairs, so a label with one word different still finds its row, marked as a variant.
/// </summary>
public static partial class LabelText
{
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十百]+\s*[、.．，,]|[（(]\s*[一二三四五六七八九十百]+\s*[）)]|[（(]\s*\d{1,3}\s*[）)]|\d{1,3}\s*[.．、，,](?!\d)|[①-⑳]|其中\s*[:：])\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[（(][^（）()]*[）)]\s*$")]
    private static partial Regex TrailingParenthetical();

    /// <summary>The label without its enumerator (repeatedly: “其中：1.” loses both).</summary>
    public static string StripNumbering(string label)
    {
        var s = label;
        for (var i = 0; i < 3; i++)
        {
            var m = Numbering().Match(s);
            if (!m.Success || m.Length == 0) break;
            s = s[m.Length..];
        }
        return s;
    }

    /// <summary>The label without enumerator and without a trailing explanation in brackets.</summary>
    public static string Core(string label)
    {
        var s = StripNumbering(label).Trim();
        var stripped = TrailingParenthetical().Replace(s, "");
        return stripped.Trim().Length >= 2 ? stripped : s;
    }

    /// <summary>
    /// Full-width ASCII forms (１２, （, －, ．) as their ASCII letters. Done by hand: the tool runs with
    /// invariant globalization, where string normalisation leaves these characters as they are.
    /// </summary>
    public static string Fold(string text)
    {
        var needs = false;
        foreach (var c in text) if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000') { needs = true; break; }
        if (!needs) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(chars[i] - 0xFEE0),
                '\u3000' => ' ',
                _ => chars[i],
            };
        return new string(chars);
    }

    /// <summary>Letters and digits only, width-folded and lower-cased: the form labels are compared in.</summary>
    public static string Key(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    public static string KeyOfLabel(string label) => Key(StripNumbering(label));

    /// <summary>The forms a label is compared in, computed once per label text (per thread; the cache is bounded).</summary>
    private sealed class Forms(string label)
    {
        public readonly string Key = KeyOfLabel(label);
        public readonly string CoreKey = Key(Core(label));
        private List<string>? _pairs;
        public List<string> Pairs => _pairs ??= LabelText.Pairs(CoreKey);
    }

    [ThreadStatic] private static Dictionary<string, Forms>? _forms;

    private static Forms FormsOf(string label)
    {
        var cache = _forms ??= new Dictionary<string, Forms>(StringComparer.Ordinal);
        if (cache.TryGetValue(label, out var forms)) return forms;
        if (cache.Count > 20_000) cache.Clear();
        return cache[label] = new Forms(label);
    }

    /// <summary>How well a published label names an official one (with its variants): 1 same words, lower for looser matches, 0 none.</summary>
    public static LabelMatch Match(string published, string official, IReadOnlyList<string>? variants = null)
    {
        var pf = FormsOf(published);
        var p = pf.Key;
        if (p.Length == 0) return LabelMatch.None;
        var of = FormsOf(official);
        var o = of.Key;
        if (p == o) return new LabelMatch(1.0, false);
        var pc = pf.CoreKey;
        var oc = of.CoreKey;
        if (pc.Length > 0 && (pc == oc || p == oc || pc == o)) return new LabelMatch(0.95, true);
        if (variants is not null)
            foreach (var v in variants)
            {
                var vk = FormsOf(v).Key;
                if (vk.Length > 0 && (vk == p || vk == pc)) return new LabelMatch(0.9, true);
            }
        // A label cut short or run on (a unit, a footnote mark) still names its row when most of it is there.
        if (oc.Length >= 3 && pc.Length >= 3)
        {
            var (shorter, longer) = pc.Length <= oc.Length ? (pc, oc) : (oc, pc);
            if (longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 10 >= longer.Length * 6)
                return new LabelMatch(0.8, true);
        }
        // Dice ≥ 0.72 needs lengths within a factor of about 1.8: most pairs are ruled out without counting.
        var (a, b) = (Math.Max(1, pc.Length - 1), Math.Max(1, oc.Length - 1));
        if (Math.Min(a, b) * 100 < Math.Max(a, b) * 56) return LabelMatch.None;
        var dice = Dice(pf.Pairs, of.Pairs);
        return dice >= 0.72 ? new LabelMatch(dice * 0.8, true) : LabelMatch.None;
    }

    /// <summary>Dice coefficient over character pairs (bigrams); single characters count as their own pair.</summary>
    public static double Dice(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (a == b) return 1;
        return Dice(Pairs(a), Pairs(b));
    }

    private static double Dice(List<string> pa, List<string> pb)
    {
        if (pa.Count == 0 || pb.Count == 0) return 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in pa) counts[x] = counts.GetValueOrDefault(x) + 1;
        var shared = 0;
        foreach (var x in pb)
            if (counts.TryGetValue(x, out var n) && n > 0) { shared++; counts[x] = n - 1; }
        return 2.0 * shared / (pa.Count + pb.Count);
    }

    private static List<string> Pairs(string s)
    {
        if (s.Length == 0) return new List<string>();
        if (s.Length == 1) return new List<string> { s };
        var list = new List<string>(s.Length - 1);
        for (var i = 0; i + 1 < s.Length; i++) list.Add(s.Substring(i, 2));
        return list;
    }
}

/// <param name="Score">1 = the official words; 0 = no match.</param>
/// <param name="IsVariant">The published words differ from the official ones (recorded as a deviation).</param>
public readonly record struct LabelMatch(double Score, bool IsVariant)
{
    public static LabelMatch None => new(0, false);
    public bool Found => Score > 0;
}
