using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Model;

/// <summary>
/// Narrative may cite statistics so that text and tables cannot disagree:
/// <c>${a1}</c> (row of the format's only table), <c>${table3.new_received.total}</c> (table.row.column),
/// a group row without data of its own (<c>${table3.denied.total}</c>, （三）不予公开) is the sum of the rows under it;
/// <c>${c1_3:pct}</c> (share of the row in its parent: the parent's total when it is a derived row,
/// else the sum of the breakdown; one decimal, rounded half-up as R13 checks — never adjusted so that
/// shares add to 100), <c>:pct0</c>/<c>:pct2</c> for 0/2 decimals. Where a breakdown is printed in full
/// and its shares must add up to exactly 100, <c>:pct100</c> (and <c>:pct100_0</c>, <c>:pct100_2</c>) rounds
/// the whole breakdown by largest remainder instead. <c>$${</c> writes a literal <c>${</c>.
/// Nothing else is evaluated: a citation is a lookup, never an expression.
/// </summary>
public static partial class Citations
{
    /// <summary>The longest reference a citation may hold (longer ones are left as text).</summary>
    private const int MaxReference = 80;

    /// <summary>
    /// Whether a (trimmed) reference is well formed, as the pattern
    /// <c>^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,2}(:(pct|pct0|pct1|pct2|pct100|pct100_0|pct100_1|pct100_2))?$</c> has it: one to three
    /// names of ASCII letters, digits and underscores joined by dots, then optionally a colon and a share format. Written out,
    /// not matched: every citation of every report is asked, and the engine's scan showed in the batch's profile. A reference
    /// holds no line end (<see cref="NextCitation"/> stops at one), so the pattern's <c>$</c> could only match at the end.
    /// </summary>
    private static bool IsWellFormed(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon >= 0 && reference.AsSpan(colon + 1) is not ("pct" or "pct0" or "pct1" or "pct2" or "pct100" or "pct100_0" or "pct100_1" or "pct100_2"))
            return false;
        var path = colon >= 0 ? reference.AsSpan(0, colon) : reference;
        var names = 1;
        var length = 0;
        foreach (var c in path)
        {
            if (c == '.')
            {
                if (length == 0 || ++names > 3) return false;
                length = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '_') length++;
            else return false;
        }
        return length > 0;
    }

    public static bool MayContain(string text) => text.Contains("${", StringComparison.Ordinal);

    /// <summary>Every paragraph of <paramref name="items"/> (sections recursively) with its citations replaced; each bad one an error at its paragraph.</summary>
    public static ImmutableArray<BodyItem> ResolveAll(ImmutableArray<BodyItem> items, Statistics statistics, IReadOnlyDictionary<string, int> figures, DiagnosticBag diagnostics)
    {
        var builder = ImmutableArray.CreateBuilder<BodyItem>(items.Length);
        foreach (var item in items)
        {
            builder.Add(item switch
            {
                NarrativeParagraph p when MayContain(p.Text) => ResolveParagraph(p, statistics, figures, diagnostics),
                Section s => s with { Body = ResolveAll(s.Body, statistics, figures, diagnostics) },
                _ => item,
            });
        }
        return builder.ToImmutable();
    }

    /// <summary>The paragraph with its citations replaced, remembering where each cited value went (the checker tells typed numbers from cited ones).</summary>
    private static NarrativeParagraph ResolveParagraph(NarrativeParagraph p, Statistics statistics, IReadOnlyDictionary<string, int> figures, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder(p.Text.Length);
        var cited = ImmutableArray.CreateBuilder<(int, int)>();
        var last = 0;
        Action<string, bool> onError = (reference, wellFormed) =>
            diagnostics.Add((wellFormed ? Catalog.Model.UnknownCitation : Catalog.Model.BadCitation).At(p.Span, "", reference));
        while (NextCitation(p.Text, last, out var index, out var length))
        {
            text.Append(p.Text, last, index - last);
            last = index + length;
            var citation = p.Text.Substring(index, length);
            var replaced = Cite(citation, statistics, figures, onError);
            // The reference read in place (a span): a copy of it per citation was only looked at.
            if (citation != "$${" && !citation.AsSpan(2, citation.Length - 3).TrimStart().StartsWith("fig:", StringComparison.Ordinal) && replaced != citation)
                cited.Add((text.Length, replaced.Length));
            text.Append(replaced);
        }
        text.Append(p.Text, last, p.Text.Length - last);
        return p with { Text = text.ToString(), Cited = cited.ToImmutable() };
    }

    /// <summary>Replaces every citation; unknown ones are reported through <paramref name="onError"/> with the offending reference.</summary>
    public static string Resolve(string text, Statistics statistics, Action<string, bool> onError)
        => Resolve(text, statistics, new Dictionary<string, int>(), onError);

    /// <param name="figures">Figure numbers by id: <c>${fig:id}</c> prints “图N”.</param>
    public static string Resolve(string text, Statistics statistics, IReadOnlyDictionary<string, int> figures, Action<string, bool> onError)
    {
        if (!MayContain(text)) return text;
        var result = new StringBuilder(text.Length);
        var last = 0;
        while (NextCitation(text, last, out var index, out var length))
        {
            result.Append(text, last, index - last);
            result.Append(Cite(text.Substring(index, length), statistics, figures, onError));
            last = index + length;
        }
        return result.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>
    /// The next citation at or after <paramref name="from"/>, as the pattern <c>\$\$\{|\$\{([^{}\r\n]{0,80})\}</c> finds
    /// them: <c>$${</c>, or <c>${</c>, at most 80 characters other than braces and line ends, and <c>}</c>. Written out, not
    /// matched: every paragraph of a batch is scanned, and the regular expression engine's captures were a fifth of modelling and checking.
    /// </summary>
    private static bool NextCitation(string text, int from, out int index, out int length)
    {
        for (var i = text.IndexOf('$', from); i >= 0 && i + 1 < text.Length; i = text.IndexOf('$', i + 1))
        {
            if (text[i + 1] == '$' && i + 2 < text.Length && text[i + 2] == '{')
            {
                (index, length) = (i, 3);
                return true;
            }
            if (text[i + 1] != '{') continue;
            var start = i + 2;
            var end = start;
            while (end < text.Length && end - start <= MaxReference && text[end] is not ('{' or '}' or '\r' or '\n')) end++;
            if (end < text.Length && text[end] == '}' && end - start <= MaxReference)
            {
                (index, length) = (i, end + 1 - i);
                return true;
            }
        }
        (index, length) = (0, 0);
        return false;
    }

    /// <summary>What a citation holds between <c>${</c> and <c>}</c> (empty for <c>$${</c>).</summary>
    private static string ReferenceOf(string citation) => citation == "$${" ? "" : citation[2..^1];

    /// <summary>One citation's text: <c>$${</c> is a literal <c>${</c>; a reference that does not resolve is reported and left as written.</summary>
    private static string Cite(string citation, Statistics statistics, IReadOnlyDictionary<string, int> figures, Action<string, bool> onError)
    {
        if (citation == "$${") return "${";
        var reference = ReferenceOf(citation).Trim();
        if (reference.StartsWith("fig:", StringComparison.Ordinal))
        {
            if (figures.TryGetValue(reference[4..], out var number)) return $"图{number}";
            onError(reference, true);
            return citation;
        }
        if (!IsWellFormed(reference)) { onError(reference, false); return citation; }
        var value = Lookup(reference, statistics);
        if (value is null) { onError(reference, true); return citation; }
        return value;
    }

    private static string? Lookup(string reference, Statistics statistics)
    {
        var (path, format) = PathAndFormat(reference);
        if (!TryLocate(path, statistics, out var table, out var row, out var column)) return null;
        if (format.StartsWith("pct100", StringComparison.Ordinal))
        {
            var decimals = format.Length == 8 ? format[7] - '0' : 1;
            return LargestRemainderShare(table, row, column, decimals)?.ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
        }
        if (format.StartsWith("pct", StringComparison.Ordinal))
        {
            var decimals = format.Length == 4 ? format[3] - '0' : 1;
            return ShareInBreakdown(table, row, column, decimals)?.ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
        }
        // A group row without data of its own (（三）不予公开) prints the sum of the rows under it.
        if (table.Definition.FindRow(row) is { Data: false } && LexiconCells.Resolve(table.Definition, $"{row}.{column}") is { } cells)
            return FormatValue(cells.Sum(c => table.Cell(c.Row, c.Column).Value));
        return CellText.Of(table, row, column);
    }

    public static string FormatValue(decimal value)
        => value == decimal.Truncate(value) ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);

    // Every citation of every report is split, so the parts are cut out by position: String.Split made an array of them
    // each time (two per citation), read once.

    /// <summary>The text before and after the reference's one colon, or the whole and "" when it has none or several (as Split(':') read it).</summary>
    private static (string Path, string Format) PathAndFormat(string reference)
    {
        var colon = reference.IndexOf(':');
        return colon >= 0 && reference.IndexOf(':', colon + 1) < 0 ? (reference[..colon], reference[(colon + 1)..]) : (reference, "");
    }

    /// <summary>The number of the path's dot-separated parts (0 for more than three) and the parts, as Split('.') gave them.</summary>
    private static int PartsOf(string path, out string first, out string second, out string third)
    {
        first = second = third = "";
        var dot1 = path.IndexOf('.');
        if (dot1 < 0) { first = path; return 1; }
        var dot2 = path.IndexOf('.', dot1 + 1);
        if (dot2 < 0) { (first, second) = (path[..dot1], path[(dot1 + 1)..]); return 2; }
        if (path.IndexOf('.', dot2 + 1) >= 0) return 0;
        (first, second, third) = (path[..dot1], path[(dot1 + 1)..dot2], path[(dot2 + 1)..]);
        return 3;
    }

    private static bool TryLocate(string path, Statistics statistics, out StatTable table, out string row, out string column)
    {
        table = null!; row = column = "";
        var single = statistics.Tables.Count == 1 ? statistics.Tables.Values.First() : null;
        StatTable? t;
        switch (PartsOf(path, out var first, out var second, out var third))
        {
            case 1 when single is not null:
                (t, row, column) = (single, first, single.Definition.DefaultColumn);
                break;
            case 2 when statistics.Find(first) is { } named:
                (t, row, column) = (named, second, named.Definition.DefaultColumn);
                break;
            case 2 when single is not null:
                (t, row, column) = (single, first, second);
                break;
            case 3:
                (t, row, column) = (statistics.Find(first), second, third);
                break;
            default:
                return false;
        }
        if (t is null || t.Definition.FindRow(row) is not { } r || t.Definition.FindColumn(column) is null) return false;
        if (!r.Data && LexiconCells.Resolve(t.Definition, $"{row}.{column}") is null) return false;
        table = t;
        return true;
    }

    private static decimal? ShareInBreakdown(StatTable table, string row, string column, int decimals)
    {
        var def = table.Definition.FindRow(row);
        if (def?.Parent is not { } parent) return null;
        var siblings = table.PartsOf(parent);
        if (!siblings.Any(r => r.Key == row)) return null;
        var whole = table.Definition.FindRow(parent)?.Derived is not null
            ? table.Cell(parent, column).Value
            : siblings.Sum(r => table.Cell(r.Key, column).Value);
        return Percentages.Share(table.Cell(row, column).Value, whole, decimals);
    }

    /// <summary>The row's share when the whole breakdown is rounded together so that it sums to exactly 100.</summary>
    private static decimal? LargestRemainderShare(StatTable table, string row, string column, int decimals)
    {
        var def = table.Definition.FindRow(row);
        if (def?.Parent is not { } parent) return null;
        var siblings = table.PartsOf(parent).ToList();
        var index = siblings.FindIndex(r => r.Key == row);
        if (index < 0) return null;
        return Percentages.LargestRemainder(siblings.Select(r => table.Cell(r.Key, column).Value).ToList(), decimals)[index];
    }
}
