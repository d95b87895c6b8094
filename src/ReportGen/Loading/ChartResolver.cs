using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Loading;

/// <summary>
/// Looks up chart values in the computed statistics (and, for series across years, in the same
/// agency's other data files), so a chart can never disagree with the tables.
/// </summary>
internal sealed partial class ChartResolver(FormatDefinition format, Statistics statistics, string file, int year,
    Func<string, ReportModel?>? readOtherYear, IReadOnlyDictionary<int, Statistics> history, NodeReader reader)
{
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.|其中：)")]
    private static partial Regex Enumerator();

    public ImmutableArray<BodyItem> Resolve(ImmutableArray<BodyItem> items)
    {
        var result = ImmutableArray.CreateBuilder<BodyItem>(items.Length);
        foreach (var item in items)
        {
            result.Add(item switch
            {
                PendingChart p => Resolve(p),
                Section s => s with { Body = Resolve(s.Body) },
                _ => item,
            });
        }
        return result.ToImmutable();
    }

    private FigureItem Resolve(PendingChart pending)
    {
        var request = pending.Request;
        var table = request.Table is null ? format.Tables.FirstOrDefault() : format.FindTable(request.Table);
        if (table is null)
        {
            reader.Diagnostics.Error(ErrorCodes.Citation, request.Span, request.Path, Messages.UnknownTable(request.Table ?? ""));
            return pending.Figure;
        }
        var rows = new List<(SeriesRequest Series, RowDefinition Row, string Column)>();
        foreach (var series in request.Series)
            foreach (var key in series.Rows)
            {
                var row = table.FindRow(key);
                var column = series.Column ?? table.DefaultColumn;
                if (row is not { Data: true } || table.FindColumn(column) is null)
                {
                    var suggestion = Suggest.Closest(key, table.Rows.Where(x => x.Data).Select(x => x.Key));
                    reader.Diagnostics.Error(ErrorCodes.Citation, request.Span, request.Path, $"图表引用的“{key}”{(row is null ? "不是统计表中的行" : "不是数据行或列不存在")}",
                        suggestion is null ? "" : Messages.DidYouMean(suggestion));
                    return pending.Figure;
                }
                rows.Add((series, row, column));
            }

        // Rows with different units (次 and 篇) share no axis unit: each category then names its own.
        var units = rows.Select(x => x.Row.Unit ?? "").Distinct().ToList();
        var mixedUnits = request.Unit is null && units.Count > 1;
        var unit = request.Unit ?? (mixedUnits ? "" : units[0]);
        var missing = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string> categories;
        var seriesData = ImmutableArray.CreateBuilder<ChartSeriesData>();
        if (request.Years.IsEmpty)
        {
            // Categories are the rows of the first series; further series give the same rows another column.
            var first = request.Series[0];
            categories = (request.Labels.Length == first.Rows.Length ? request.Labels : first.Rows.Select(k => ShortLabel(table.FindRow(k)!)).ToImmutableArray())
                .Select((label, i) => mixedUnits && table.FindRow(first.Rows[i])!.Unit is { } u ? $"{label}（{u}）" : label).ToImmutableArray();
            foreach (var series in request.Series)
            {
                var values = series.Rows.Select(k => (decimal?)statistics.Find(table.Id)!.Cell(k, series.Column ?? table.DefaultColumn).Value).ToImmutableArray();
                seriesData.Add(new ChartSeriesData(series.Name ?? pending.Figure.Caption, values));
            }
        }
        else
        {
            categories = request.Years.Select(y => $"{y}年").ToImmutableArray();
            var byYear = request.Years.ToDictionary(y => y, y => y == year ? statistics : LoadYear(y, missing));
            for (var i = 0; i < rows.Count; i++)
            {
                var (series, row, column) = rows[i];
                var values = request.Years.Select(y => byYear[y]?.Find(table.Id)?.Cell(row.Key, column) is { IsReported: true } cell ? cell.Value : (decimal?)null).ToImmutableArray();
                var name = request.Labels.Length == rows.Count ? request.Labels[i] : series.Name ?? ShortLabel(row);
                seriesData.Add(new ChartSeriesData(name, values));
            }
        }
        return pending.Figure with { Chart = new ChartData(request.Kind, unit, categories, seriesData.ToImmutable(), missing.ToImmutable()) };
    }

    private Statistics? LoadYear(int other, ImmutableArray<string>.Builder missing)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, $"{other}.yaml");
        var model = readOtherYear?.Invoke(path);
        if (model is not null) return model.Statistics;
        if (history.TryGetValue(other, out var stated)) return stated;
        missing.Add(path);
        return null;
    }

    /// <summary>Row labels without their enumerator (“2.政府网站公开政府信息数” → “政府网站公开政府信息数”) read better as chart categories.</summary>
    private static string ShortLabel(RowDefinition row)
    {
        var label = Enumerator().Replace(row.Label, "");
        var paren = label.IndexOf('（');
        return paren > 0 ? label[..paren] : label;
    }
}
