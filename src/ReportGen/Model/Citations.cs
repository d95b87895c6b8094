using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Formats;

namespace ReportGen.Model;

/// <summary>
/// Narrative may cite statistics so that text and tables cannot disagree:
/// <c>${a1}</c> (row of the format's only table), <c>${table3.new_received.total}</c> (table.row.column),
/// <c>${c1_3:pct}</c> (share of the row in its breakdown, one decimal, largest remainder so the
/// breakdown sums to 100), <c>:pct0</c>/<c>:pct2</c> for 0/2 decimals. <c>$${</c> writes a literal <c>${</c>.
/// Nothing else is evaluated: a citation is a lookup, never an expression.
/// </summary>
public static partial class Citations
{
    [GeneratedRegex(@"\$\$\{|\$\{([^{}\r\n]{0,80})\}")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,2}(:(pct|pct0|pct1|pct2))?$")]
    private static partial Regex Reference();

    public static bool MayContain(string text) => text.Contains("${", StringComparison.Ordinal);

    /// <summary>Replaces every citation; unknown ones are reported through <paramref name="onError"/> with the offending reference.</summary>
    public static string Resolve(string text, Statistics statistics, Action<string, bool> onError)
    {
        if (!MayContain(text)) return text;
        return Pattern().Replace(text, m =>
        {
            if (m.Value == "$${") return "${";
            var reference = m.Groups[1].Value.Trim();
            if (!Reference().IsMatch(reference)) { onError(reference, false); return m.Value; }
            var value = Lookup(reference, statistics);
            if (value is null) { onError(reference, true); return m.Value; }
            return value;
        });
    }

    private static string? Lookup(string reference, Statistics statistics)
    {
        var (path, format) = reference.Split(':') is [var p, var f] ? (p, f) : (reference, "");
        if (!TryLocate(path.Split('.'), statistics, out var table, out var row, out var column)) return null;
        if (format.StartsWith("pct", StringComparison.Ordinal))
        {
            var decimals = format.Length == 4 ? format[3] - '0' : 1;
            return ShareInBreakdown(table, row, column, decimals)?.ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
        }
        return FormatValue(table.Cell(row, column).Value);
    }

    public static string FormatValue(decimal value)
        => value == decimal.Truncate(value) ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.####", CultureInfo.InvariantCulture);

    private static bool TryLocate(string[] parts, Statistics statistics, out StatTable table, out string row, out string column)
    {
        table = null!; row = column = "";
        var single = statistics.Tables.Count == 1 ? statistics.Tables.Values.First() : null;
        StatTable? t;
        switch (parts.Length)
        {
            case 1 when single is not null:
                (t, row, column) = (single, parts[0], single.Definition.DefaultColumn);
                break;
            case 2 when statistics.Find(parts[0]) is { } named:
                (t, row, column) = (named, parts[1], named.Definition.DefaultColumn);
                break;
            case 2 when single is not null:
                (t, row, column) = (single, parts[0], parts[1]);
                break;
            case 3:
                (t, row, column) = (statistics.Find(parts[0]), parts[1], parts[2]);
                break;
            default:
                return false;
        }
        if (t is null || t.Definition.FindRow(row) is not { Data: true } || t.Definition.FindColumn(column) is null) return false;
        table = t;
        return true;
    }

    private static decimal? ShareInBreakdown(StatTable table, string row, string column, int decimals)
    {
        var def = table.Definition.FindRow(row);
        if (def?.Parent is not { } parent) return null;
        var siblings = table.PartsOf(parent);
        var index = siblings.ToList().FindIndex(r => r.Key == row);
        if (index < 0) return null;
        var shares = Percentages.LargestRemainder(siblings.Select(r => table.Cell(r.Key, column).Value).ToList(), decimals);
        return shares[index];
    }
}
