using System.Globalization;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Html;

/// <summary>The data behind a chart as a table: one row per category, one column per series.</summary>
internal static class HtmlChartTableWriter
{
    public static void Write(TextWriter w, ChartFigure chart, string caption)
    {
        var categories = chart.Categories.IsDefault ? [] : chart.Categories;
        var series = chart.Series.IsDefault ? [] : chart.Series;

        w.Write("<table class=\"chart-data\">\n<caption>");
        HtmlText.Write(w, caption);
        w.Write("数据");
        if (!string.IsNullOrEmpty(chart.Unit))
        {
            w.Write("（单位：");
            HtmlText.Write(w, chart.Unit);
            w.Write("）");
        }
        w.Write("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"al-c\">项目</th>");
        foreach (var s in series)
        {
            w.Write("<th scope=\"col\" class=\"al-c\">");
            HtmlText.Write(w, s.Name);
            w.Write("</th>");
        }
        w.Write("</tr>\n</thead>\n<tbody>\n");
        for (var i = 0; i < categories.Length; i++)
        {
            w.Write("<tr><th scope=\"row\" class=\"al-l\">");
            HtmlText.Write(w, categories[i]);
            w.Write("</th>");
            foreach (var s in series)
            {
                w.Write("<td class=\"al-c\">");
                var values = s.Values.IsDefault ? [] : s.Values;
                w.Write(i < values.Length && double.IsFinite(values[i]) ? FormatValue(values[i]) : "—");
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</tbody>\n</table>\n");
    }

    /// <summary>Plain digits as in the statutory tables: no thousands separators, no trailing zeros.</summary>
    internal static string FormatValue(double value) =>
        value.ToString("0.##########", CultureInfo.InvariantCulture);
}
