using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ReportGen.Importing.Sources.Html;

/// <summary>
/// The kind of an inline SVG chart, read from its drawing: slices from one centre make a pie, slices
/// around a hole a donut, small stroked circles on a line a line chart, rectangles sharing a left edge
/// stacked bars, other rectangles bars. Null when the drawing is not one of these.
/// </summary>
internal static partial class SvgChartKind
{
    public static string? Guess(IElement svg)
    {
        var marks = svg.QuerySelectorAll("path.mark").Select(p => (D: p.GetAttribute("d") ?? "", Width: p.GetAttribute("stroke-width"))).ToList();
        if (marks.Count == 0) return null;
        if (marks.All(m => m.D.Contains('C')))
        {
            if (marks.Any(m => m.Width == "0.75")) return "line";
            var starts = marks.Select(m => Start().Match(m.D)).Where(m => m.Success).Select(m => m.Value).Distinct().Count();
            return starts == 1 ? "pie" : "donut";
        }
        var lefts = marks.Select(m => Start().Match(m.D)).Where(m => m.Success)
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return lefts.Count != lefts.Distinct().Count() ? "stacked_bar" : "bar";
    }

    [GeneratedRegex(@"^M\s*(-?[\d.]+)[ ,]+(-?[\d.]+)")]
    private static partial Regex Start();
}
