using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Model;

/// <summary>
/// Looks up chart values in the computed statistics (and, for series across years, in the same
/// agency's other years), so a chart can never disagree with the tables.
/// </summary>
/// <param name="otherYear">Statistics of another year of the same agency, or null when there are none.</param>
internal sealed partial class ChartResolver(FormatDefinition format, Statistics statistics, string file, int year,
    Func<int, Statistics?> otherYear, DiagnosticBag diagnostics)
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
                FigureItem { Request: { } request } f => Resolve(f, request),
                Section s => s with { Body = Resolve(s.Body) },
                _ => item,
            });
        }
        return result.ToImmutable();
    }

    private FigureItem Resolve(FigureItem figure, ChartRequest request)
    {
        var table = request.Table is null ? format.Tables.FirstOrDefault() : format.FindTable(request.Table);
        if (table is null)
        {
            diagnostics.Add(Catalog.Model.ChartUnknownTable.At(request.Span, request.Path, request.Table ?? ""));
            return figure;
        }
        var rows = new List<(SeriesRequest Series, RowDefinition Row, string Column)>();
        foreach (var series in request.Series)
            foreach (var key in series.Rows)
            {
                var row = table.FindRow(key);
                var column = series.Column ?? table.DefaultColumn;
                if (row is not { Data: true } || table.FindColumn(column) is null)
                {
                    var suggestion = Parsing.Suggest.Closest(key, table.Rows.Where(x => x.Data).Select(x => x.Key));
                    diagnostics.Add((row is null ? Catalog.Model.ChartNotARow : Catalog.Model.ChartNotADataCell).At(request.Span, request.Path, key)
                        with { Hint = suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion) });
                    return figure;
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
                seriesData.Add(new ChartSeriesData(series.Name ?? figure.Caption, values));
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
        return figure with { Chart = new ChartData(request.Kind, unit, categories, seriesData.ToImmutable(), missing.ToImmutable()) };
    }

    private Statistics? LoadYear(int other, ImmutableArray<string>.Builder missing)
    {
        if (otherYear(other) is { } found) return found;
        missing.Add(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, $"{other}.yaml"));
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
