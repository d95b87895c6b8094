using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Formats;
using ReportGen.Importing.Published;
using ReportGen.Importing.Writing;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// A published chart's categories (and series) matched to the statistics rows they show, so the figure
/// is imported as a chart drawn from the statistics, and its numbers fill rows the report prints
/// nowhere else. Categories that are years make a chart across years (earlier years into history:).
/// </summary>
public sealed partial class ChartRecognizer(FormatDefinition format, ImportLexicon lexicon)
{
    /// <summary>The chart and the values it shows, or null (with the reason) when its categories do not name rows.</summary>
    public sealed record Result(DraftChart? Chart, List<(string Table, string Row, string Column, string Value)> Values,
        List<(int Year, string Row, string Value)> History, string? Problem, bool Uncertain);

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*年?度?$")]
    private static partial Regex YearCategory();

    [GeneratedRegex(@"[（(](?:件|条|个|次|篇|人|人次|万元|元|项)[）)]$")]
    private static partial Regex UnitSuffix();

    public Result Read(PublishedChart chart, string caption, int year)
    {
        var kind = chart.Kind ?? "bar";
        if (chart.Categories.Length == 0 || chart.Series.Length == 0)
            return new Result(null, new(), new(), "图表的数据无法读出", false);
        var categories = chart.Categories.Select(c => UnitSuffix().Replace(c.Trim(), "")).ToList();
        var values = new List<(string, string, string, string)>();
        var history = new List<(int, string, string)>();

        var years = categories.Select(c => YearCategory().Match(c)).ToList();
        if (years.All(m => m.Success))
        {
            // Across years: each series is a row.
            var rows = new List<(TableDefinition Table, RowDefinition Row)>();
            foreach (var line in chart.Series)
            {
                var match = BestRow(line.Name, null);
                if (match is null) return new Result(null, values, history, $"图例“{line.Name}”无法对应到统计表的行", false);
                rows.Add((match.Value.Table, match.Value.Row));
            }
            var yearList = years.Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var (rowTable, row) = rows[s];
                for (var i = 0; i < yearList.Count && i < chart.Series[s].Values.Length; i++)
                {
                    var v = CellValue.Parse(chart.Series[s].Values[i]);
                    if (v.Kind != CellKind.Number) continue;
                    if (yearList[i] == year) values.Add((rowTable.Id, row.Key, rowTable.DefaultColumn, v.Text));
                    else history.Add((yearList[i], row.Key, v.Text));
                }
            }
            var tableId = rows.Select(r => r.Table.Id).Distinct().Count() == 1 && format.Tables.Count > 1 ? rows[0].Table.Id : null;
            return new Result(new DraftChart(kind, tableId, rows.Select(r => r.Row.Key).ToList(), chart.Series.Select(s => s.Name).ToList(), Years: yearList),
                values, history, null, false);
        }

        if (chart.Series.Length == 1)
        {
            var matches = categories.Select(c => BestRow(c, null)).ToList();
            if (matches.Any(m => m is null))
                return new Result(null, values, history, $"类别“{categories[matches.FindIndex(m => m is null)]}”无法对应到统计表的行", false);
            // One chart shows siblings: where a category fits another group better, take the group most categories share.
            var parent = matches.GroupBy(m => m!.Value.Row.Parent).MaxBy(g => g.Count())!.Key;
            for (var i = 0; i < matches.Count; i++)
                if (matches[i]!.Value.Row.Parent != parent && BestRow(categories[i], parent) is { } sibling) matches[i] = sibling;
            var uncertain = matches.Any(m => m!.Value.Score < 0.85) || chart.Series[0].Values.Length < matches.Count
                || chart.Series[0].Values.Any(v => CellValue.Parse(v).Kind != CellKind.Number);
            for (var i = 0; i < matches.Count && i < chart.Series[0].Values.Length; i++)
            {
                var v = CellValue.Parse(chart.Series[0].Values[i]);
                if (v.Kind == CellKind.Number) values.Add((matches[i]!.Value.Table.Id, matches[i]!.Value.Row.Key, matches[i]!.Value.Table.DefaultColumn, v.Text));
            }
            var tables = matches.Select(m => m!.Value.Table.Id).Distinct().ToList();
            return new Result(new DraftChart(kind, tables.Count == 1 && format.Tables.Count > 1 ? tables[0] : null,
                matches.Select(m => m!.Value.Row.Key).ToList(), categories), values, history, null, uncertain);
        }

        // Several series over categories (维持/纠错/其他 × 行政复议/行政诉讼): each pair names a row under the category.
        var series = new List<(string Name, IReadOnlyList<string> Rows)>();
        var table = format.Tables[0];
        var anyUncertain = false;
        foreach (var s in chart.Series)
        {
            var rowKeys = new List<string>();
            for (var i = 0; i < categories.Count; i++)
            {
                var parentMatch = BestRow(categories[i], null);
                var match = parentMatch is null ? null : BestRow(s.Name, parentMatch.Value.Row.Key);
                if (match is null) return new Result(null, values, history, $"“{categories[i]}／{s.Name}”无法对应到统计表的行", false);
                anyUncertain |= match.Value.Score < 0.85;
                rowKeys.Add(match.Value.Row.Key);
                table = match.Value.Table;
                if (i < s.Values.Length && CellValue.Parse(s.Values[i]) is { Kind: CellKind.Number } v)
                    values.Add((match.Value.Table.Id, match.Value.Row.Key, match.Value.Table.DefaultColumn, v.Text));
                else anyUncertain = true; // a number the drawing does not let us read
            }
            series.Add((s.Name, rowKeys));
        }
        return new Result(new DraftChart(kind, table.Id, Array.Empty<string>(), categories, series), values, history, null, anyUncertain);
    }

    private readonly record struct RowHit(TableDefinition Table, RowDefinition Row, double Score);

    /// <summary>The data row a chart label names (within <paramref name="parent"/> when given): label, lexicon variant, or a shared beginning.</summary>
    private RowHit? BestRow(string label, string? parent)
    {
        RowHit? best = null;
        var key = LabelText.Key(label);
        foreach (var table in format.Tables)
            foreach (var row in table.Rows.Where(r => r.Data))
            {
                if (parent is not null && row.Parent != parent) continue;
                var m = LabelText.Match(label, row.Label, lexicon.RowVariants(table.Id, row.Key));
                var score = m.Score;
                if (score < 0.7 && key.Length >= 2)
                {
                    // “传真等其他形式” for 传真申请数: a label that begins with the row's own words.
                    foreach (var word in lexicon.RowVariants(table.Id, row.Key).Append(LabelText.Core(row.Label)))
                    {
                        var w = LabelText.Key(word);
                        if (w.Length >= 2 && (key.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(key, StringComparison.Ordinal) && key.Length * 2 >= w.Length))
                            score = Math.Max(score, 0.7);
                    }
                }
                if (parent is not null && score < 0.7 && key.Length >= 2 && LabelText.Key(row.Label).Contains(key, StringComparison.Ordinal)) score = 0.72;
                if (score >= 0.7 && (best is null || score > best.Value.Score)) best = new RowHit(table, row, score);
            }
        return best;
    }
}
