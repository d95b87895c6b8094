using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Templating;

/// <summary>
/// What a render hands from the model to the markup parser without going through text: source spans,
/// chart data and pictures. The view gives templates short keys (<c>at="s12"</c>, <c>data="c1"</c>,
/// <c>src="p0"</c>); the parser looks the typed values up by key, so nothing is printed and parsed back.
/// A key a template makes up resolves to nothing.
/// </summary>
public sealed partial class MarkupReferences
{
    private readonly List<SourceSpan> _spans = new();
    private readonly List<ChartData> _charts = new();
    private readonly List<PictureRef> _pictures = new();

    public string Span(SourceSpan span)
    {
        _spans.Add(span);
        return "s" + (_spans.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    public string Chart(ChartData chart)
    {
        _charts.Add(chart);
        return "c" + (_charts.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    public string Picture(PictureRef picture)
    {
        _pictures.Add(picture);
        return "p" + (_pictures.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    public SourceSpan? SpanOf(string? key) => Lookup(_spans, 's', key);

    public PictureRef? PictureOf(string? key) => Lookup(_pictures, 'p', key);

    /// <summary>
    /// The chart as the document model holds it. Names, categories and units pass the same escaping and
    /// whitespace rules as any text a template prints (so a label reads as it did in the markup);
    /// values become the same doubles their printed digits were.
    /// </summary>
    public ChartFigure? ChartOf(string? key)
    {
        if (Lookup(_charts, 'c', key) is not { } chart) return null;
        var kind = chart.Kind switch
        {
            "bar" => ChartKind.Bar,
            "stacked_bar" => ChartKind.StackedBar,
            "line" => ChartKind.Line,
            "pie" => ChartKind.Pie,
            "donut" => ChartKind.Donut,
            _ => (ChartKind?)null,
        };
        if (kind is null) return null;
        return new ChartFigure(kind.Value,
            chart.Categories.Select(ElementText).ToImmutableArray(),
            chart.Series.Select(s => new ChartSeries(AttributeText(s.Name), s.Values.Select(ToDouble).ToImmutableArray())).ToImmutableArray(),
            AttributeText(chart.Unit));
    }

    private static T? Lookup<T>(List<T> items, char prefix, string? key) where T : class
        => key is { Length: > 1 } && key[0] == prefix && int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < items.Count
            ? items[i] : null;

    /// <summary>The digits <see cref="Citations.FormatValue"/> prints, read as a double: exactly the number a reader of the table sees.</summary>
    private static double ToDouble(decimal? value)
        => value is { } v ? double.Parse(Citations.FormatValue(v), NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>Element text: dropped characters gone, template line breaks (a newline and the indentation around it) removed, ends trimmed.</summary>
    private static string ElementText(string text) => TemplateLineBreak().Replace(Dropped(text).Replace("\r\n", "\n"), "").Trim();

    /// <summary>Attribute text: dropped characters gone, each tab or line break a space (XML attribute-value normalisation).</summary>
    private static string AttributeText(string text)
        => Dropped(text).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    private static string Dropped(string text)
        => text.Any(MarkupEscaper.IsDropped) ? string.Concat(text.Where(c => !MarkupEscaper.IsDropped(c))) : text;

    [GeneratedRegex(@"[ \t]*\r?\n\s*")]
    private static partial Regex TemplateLineBreak();
}
