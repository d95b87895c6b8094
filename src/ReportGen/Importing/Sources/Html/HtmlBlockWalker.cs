using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources.Html;

/// <summary>
/// Walks the report's element into blocks: block elements and line breaks end paragraphs, headings keep
/// their level, a paragraph whose every character is bold is marked as such, alignment and the signature
/// block's classes become roles, data tables keep their cells and spans (layout tables are walked
/// through), figures keep their caption and, when the page carries it, the chart's data table.
/// </summary>
public sealed partial class HtmlBlockWalker
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "center",
        "address", "form", "fieldset", "header", "hgroup", "tr", "tbody", "thead", "tfoot", "body", "html",
    };

    private readonly List<PublishedBlock> _blocks = new();
    private readonly StringBuilder _text = new();
    private int _boldChars;
    private int _allChars;
    private ParagraphRole _role;
    private int _depth;

    public bool TooDeep { get; private set; }

    public ImmutableArray<PublishedBlock> Walk(INode root)
    {
        _blocks.Clear();
        Visit(root, ParagraphRole.Body, bold: false);
        Flush();
        return LevelHeadings(_blocks).ToImmutableArray();
    }

    private void Visit(INode node, ParagraphRole role, bool bold)
    {
        if (_blocks.Count > SourceLimits.MaxBlocks) return;
        if (node is IText text)
        {
            Append(text.Data, bold, role);
            return;
        }
        if (node is not IElement e)
        {
            if (node is IDocument or IDocumentFragment) VisitChildren(node, role, bold);
            return;
        }
        if (PageChrome.IsChrome(e)) return;
        if (++_depth > SourceLimits.MaxHtmlDepth)
        {
            // Walking deeper is what exhausts the stack; the rest of this subtree is read as plain text.
            TooDeep = true;
            Append(PageChrome.FlatText(e, 1_000_000), bold, role);
            _depth--;
            return;
        }
        try
        {
            VisitElement(e, role, bold);
        }
        finally
        {
            _depth--;
        }
    }

    private void VisitElement(IElement e, ParagraphRole role, bool bold)
    {
        var tag = e.LocalName;
        switch (tag)
        {
            case "br":
                Flush();
                return;
            case "hr":
                Flush();
                return;
            case "img":
                Flush();
                _blocks.Add(new PublishedFigure(Clean(e.GetAttribute("title") ?? ""), null, Clean(e.GetAttribute("alt") ?? "")));
                return;
            case "svg":
                Flush();
                var svgTitle = e.QuerySelector("title")?.TextContent;
                _blocks.Add(new PublishedFigure(Clean(svgTitle ?? ""), null, Clean(e.QuerySelector("desc")?.TextContent ?? "")));
                return;
            case "figure":
                Flush();
                VisitFigure(e);
                return;
            case "details":
                Flush();
                if (AttachChartData(e)) return;
                VisitChildren(e, role, bold);
                Flush();
                return;
            case "summary":
                return;
            case "table":
                Flush();
                if (IsLayoutTable(e))
                {
                    foreach (var cell in Cells(e)) { VisitChildren(cell, role, bold); Flush(); }
                    return;
                }
                _blocks.Add(ReadTable(e));
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                var headingRole = tag == "h1" && (e.ClassList.Contains("title") || _blocks.Count == 0) ? ParagraphRole.Title : ParagraphRole.Heading;
                VisitChildren(e, headingRole, bold);
                Flush(tag[1] - '0');
                return;
        }
        var isBold = bold || tag is "strong" or "b" || IsBoldStyle(e);
        if (BlockTags.Contains(tag))
        {
            Flush();
            var own = RoleOf(e) ?? role;
            VisitChildren(e, own, isBold);
            Flush();
            return;
        }
        VisitChildren(e, role, isBold);
    }

    private void VisitChildren(INode node, ParagraphRole role, bool bold)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            Visit(child, role, bold);
    }

    private void Append(string text, bool bold, ParagraphRole role)
    {
        if (_text.Length == 0 && text.Trim().Length == 0) return;
        if (_text.Length == 0) _role = role;
        _text.Append(text);
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        _allChars += visible;
        if (bold) _boldChars += visible;
    }

    /// <param name="headingTag">n of the &lt;hn&gt; that ends here, 0 for other blocks.</param>
    private void Flush(int headingTag = 0)
    {
        var text = Clean(_text.ToString());
        if (text.Length > 0 && !PageChrome.IsChromeText(text))
        {
            var role = _role is ParagraphRole.Heading or ParagraphRole.Title ? _role
                : _role == ParagraphRole.Body && _allChars > 0 && _boldChars == _allChars ? ParagraphRole.Bold
                : _role;
            var level = role == ParagraphRole.Heading ? Math.Max(headingTag, 1) : 0;
            _blocks.Add(new PublishedParagraph(text, role, level, level > 0 ? "h" + level : null));
        }
        _text.Clear();
        _boldChars = 0;
        _allChars = 0;
        _role = ParagraphRole.Body;
    }

    private static string Clean(string text) => TextClean.Inline(text);

    /// <summary>A figure: its caption (figcaption, else the SVG title or image alt), the drawing's description, nothing else as text.</summary>
    private void VisitFigure(IElement figure)
    {
        var caption = figure.QuerySelector("figcaption")?.TextContent;
        var svg = figure.QuerySelector("svg");
        var img = figure.QuerySelector("img");
        caption ??= svg?.QuerySelector("title")?.TextContent ?? img?.GetAttribute("alt") ?? "";
        var alt = svg?.QuerySelector("desc")?.TextContent ?? img?.GetAttribute("alt");
        var kind = svg is null ? null : SvgChartKind.Guess(svg);
        _blocks.Add(new PublishedFigure(Clean(caption), kind is null ? null : new PublishedChart(kind, ImmutableArray<string>.Empty, ImmutableArray<PublishedSeries>.Empty, null), alt is null ? null : Clean(alt)));
    }

    /// <summary>
    /// A chart's data table after its figure (&lt;details&gt; with a table whose caption names the figure):
    /// categories in the first column, one series per further column.
    /// </summary>
    private bool AttachChartData(IElement details)
    {
        if (_blocks.Count == 0 || _blocks[^1] is not PublishedFigure figure) return false;
        var table = details.QuerySelector("table");
        if (table is null) return false;
        var published = ReadTable(table);
        if (published.Rows.Length < 2) return false;
        var header = published.Rows[0];
        var series = new List<(string Name, List<string> Values)>();
        for (var c = 1; c < header.Length; c++) series.Add((header[c].Text, new List<string>()));
        var categories = new List<string>();
        foreach (var row in published.Rows.Skip(1))
        {
            if (row.Length != header.Length) return false;
            categories.Add(row[0].Text);
            for (var c = 1; c < row.Length; c++) series[c - 1].Values.Add(row[c].Text);
        }
        var caption = Clean(table.QuerySelector("caption")?.TextContent ?? "");
        var unit = UnitInCaption().Match(caption) is { Success: true } m ? m.Groups[1].Value : null;
        var chart = new PublishedChart(figure.Chart?.Kind, categories.ToImmutableArray(),
            series.Select(s => new PublishedSeries(s.Name, s.Values.ToImmutableArray())).ToImmutableArray(), unit);
        _blocks[^1] = figure with { Chart = chart };
        return true;
    }

    [GeneratedRegex(@"（单位：([^）]+)）")]
    private static partial Regex UnitInCaption();

    private PublishedTable ReadTable(IElement table)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<PublishedCell>>();
        foreach (var tr in Rows(table))
        {
            var cells = ImmutableArray.CreateBuilder<PublishedCell>();
            foreach (var cell in tr.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var text = Clean(PageChrome.FlatText(cell, 10_000));
                cells.Add(new PublishedCell(text, Span(cell, "rowspan"), Span(cell, "colspan"), cell.LocalName == "th"));
            }
            if (cells.Count > 0) rows.Add(cells.ToImmutable());
        }
        return new PublishedTable(rows.ToImmutable());
    }

    /// <summary>Rows of this table only (not of tables nested in its cells).</summary>
    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var tr in child.Children.Where(c => c.LocalName == "tr")) yield return tr;
        }
    }

    private static IEnumerable<IElement> Cells(IElement table)
        => Rows(table).SelectMany(r => r.Children.Where(c => c.LocalName is "td" or "th"));

    private static int Span(IElement cell, string attribute)
        => int.TryParse(cell.GetAttribute(attribute), out var n) && n is >= 1 and <= 1000 ? n : 1;

    /// <summary>Portals lay pages out with tables: one whose cells hold paragraphs, tables or long text is walked through, not read as data.</summary>
    public static bool IsLayoutTable(IElement table)
    {
        foreach (var cell in Cells(table))
        {
            if (cell.QuerySelector("table, p, div, h1, h2, h3, h4, ul") is not null) return true;
            if (cell.TextContent.Length > 300) return true;
        }
        return false;
    }

    private static bool IsBoldStyle(IElement e)
    {
        var style = e.GetAttribute("style");
        return style is not null && BoldStyle().IsMatch(style);
    }

    [GeneratedRegex(@"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldStyle();

    [GeneratedRegex(@"text-align\s*:\s*(center|right)", RegexOptions.IgnoreCase)]
    private static partial Regex AlignStyle();

    private static ParagraphRole? RoleOf(IElement e)
    {
        var classes = e.ClassList;
        if (classes.Contains("signer")) return ParagraphRole.Signer;
        if (classes.Contains("date") && e.LocalName == "p") return ParagraphRole.Date;
        if (classes.Contains("signature")) return ParagraphRole.Right;
        if (classes.Contains("title")) return ParagraphRole.Title;
        if (classes.Contains("center") || classes.Contains("text-center")) return ParagraphRole.Centered;
        if (classes.Contains("right") || classes.Contains("text-right")) return ParagraphRole.Right;
        var align = e.GetAttribute("align")?.ToLowerInvariant();
        if (align == "center" || e.LocalName == "center") return ParagraphRole.Centered;
        if (align == "right") return ParagraphRole.Right;
        if (e.GetAttribute("style") is { } style && AlignStyle().Match(style) is { Success: true } m)
            return m.Groups[1].Value.Equals("center", StringComparison.OrdinalIgnoreCase) ? ParagraphRole.Centered : ParagraphRole.Right;
        return null;
    }

    /// <summary>h2–h5 become levels 1–4 by rank among the heading tags the page uses (h1 is usually the title).</summary>
    private static IEnumerable<PublishedBlock> LevelHeadings(List<PublishedBlock> blocks)
    {
        var tags = blocks.OfType<PublishedParagraph>().Where(p => p.Role == ParagraphRole.Heading).Select(p => p.Level).Distinct().Order().ToList();
        foreach (var block in blocks)
            yield return block is PublishedParagraph { Role: ParagraphRole.Heading } p ? p with { Level = tags.IndexOf(p.Level) + 1 }
                : block is PublishedParagraph { Role: ParagraphRole.Title } t ? t with { Level = 0 }
                : block;
    }
}
