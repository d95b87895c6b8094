using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Importing.Published;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Importing.Sources.Docx;

/// <summary>A native Word chart read from its caches: what Word draws, so what readers of the document saw.</summary>
internal static class DocxCharts
{
    public static PublishedChart? Read(ChartPart part)
    {
        var plot = part.ChartSpace?.GetFirstChild<C.Chart>()?.PlotArea;
        if (plot is null) return null;
        foreach (var element in plot.ChildElements)
        {
            var kind = element switch
            {
                C.BarChart bar => bar.BarGrouping?.Val?.Value == C.BarGroupingValues.Stacked || bar.BarGrouping?.Val?.Value == C.BarGroupingValues.PercentStacked ? "stacked_bar" : "bar",
                C.Bar3DChart => "bar",
                C.PieChart or C.Pie3DChart or C.OfPieChart => "pie",
                C.DoughnutChart => "donut",
                C.LineChart or C.Line3DChart => "line",
                _ => null,
            };
            if (kind is null) continue;
            var series = element.Elements().Where(e => e.LocalName == "ser").ToList();
            if (series.Count == 0) return null;
            var categories = Points(series[0].Elements().FirstOrDefault(e => e.LocalName == "cat"));
            var published = series.Select(s => new PublishedSeries(
                TextClean.Inline(string.Concat(Points(s.Elements().FirstOrDefault(e => e.LocalName == "tx")))),
                Points(s.Elements().FirstOrDefault(e => e.LocalName == "val")).ToImmutableArray())).ToImmutableArray();
            var unit = part.ChartSpace?.Descendants<C.Title>().Select(t => TextClean.Inline(t.InnerText)).FirstOrDefault(t => t.StartsWith("单位", StringComparison.Ordinal));
            return new PublishedChart(kind, categories.Select(TextClean.Inline).ToImmutableArray(), published,
                unit is null ? null : unit.TrimStart('单', '位', '：', ':').Trim());
        }
        return null;
    }

    /// <summary>The cached points of a tx/cat/val element (string or number cache), in index order.</summary>
    private static List<string> Points(OpenXmlElement? element)
    {
        if (element is null) return new List<string>();
        var points = element.Descendants().Where(e => e.LocalName == "pt")
            .Select(p => (Index: (p.GetAttributes().FirstOrDefault(a => a.LocalName == "idx").Value is { } s && int.TryParse(s, out var i)) ? i : 0,
                          Value: p.Elements().FirstOrDefault(e => e.LocalName == "v")?.InnerText ?? ""))
            .OrderBy(p => p.Index).ToList();
        if (points.Count == 0 && element.Descendants().FirstOrDefault(e => e.LocalName == "v") is { } single)
            return new List<string> { single.InnerText };
        return points.Select(p => p.Value).ToList();
    }
}
