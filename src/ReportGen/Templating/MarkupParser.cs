using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Files;

namespace ReportGen.Templating;

/// <summary>
/// Parses the report markup that templates render into the document model. The markup is a small,
/// closed XML vocabulary (report, title/line, h1–h4, p, b, br, table/col/thead/tbody/tr/th/td,
/// figure, signature/signer, pagebreak); anything else is an error that points into the template.
/// Positions (<c>at</c>), chart data (<c>data</c>) and pictures (<c>src</c>) are keys into the
/// render's <see cref="MarkupReferences"/>, never text to parse.
/// </summary>
public sealed partial class MarkupParser(Func<string, SourceSpan?> locateInTemplates, MarkupReferences? references = null)
{
    [GeneratedRegex(@"[ \t]*\r?\n\s*")]
    private static partial Regex TemplateLineBreak();

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
    };

    public ReportDocument? Parse(string markup, string outputName, DiagnosticBag diagnostics)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(markup), Settings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "report")
            {
                diagnostics.Add(Catalog.Templates.RootElement.At(Position(reader, outputName), ""));
                return null;
            }
            var metadata = ReadMetadata(reader);
            var blocks = ImmutableArray.CreateBuilder<Block>();
            var figureNumber = 0;
            if (!reader.IsEmptyElement)
            {
                reader.Read();
                while (reader.NodeType != XmlNodeType.EndElement)
                {
                    if (reader.NodeType == XmlNodeType.Element)
                    {
                        var block = ReadBlock(reader, outputName, diagnostics, ref figureNumber);
                        if (block is null) return null;
                        blocks.Add(block);
                    }
                    else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(reader.Value))
                    {
                        diagnostics.Add(Catalog.Templates.TextOutsideParagraph.At(Position(reader, outputName), "", Clip(reader.Value)));
                        return null;
                    }
                    else reader.Read();
                }
            }
            return new ReportDocument(metadata, blocks.ToImmutable());
        }
        catch (XmlException e)
        {
            diagnostics.Add(Catalog.Templates.BadMarkup.At(new SourceSpan(outputName, e.LineNumber, e.LinePosition), "", e.Message));
            return null;
        }
        catch (MarkupException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
    }

    private static DocumentMetadata ReadMetadata(XmlReader r)
    {
        // A report without 成文日期 has no document date: writers leave the date out rather than invent one.
        DateOnly? date = DateOnly.TryParseExact(r.GetAttribute("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var keywords = (r.GetAttribute("keywords") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray();
        return new DocumentMetadata(r.GetAttribute("title") ?? "", r.GetAttribute("author") ?? "", r.GetAttribute("subject") ?? "",
            keywords, date, r.GetAttribute("id") ?? "", r.GetAttribute("lang") ?? "zh-CN");
    }

    private Block? ReadBlock(XmlReader r, string output, DiagnosticBag diagnostics, ref int figureNumber)
    {
        var span = references?.SpanOf(r.GetAttribute("at"));
        Block block;
        switch (r.Name)
        {
            case "title":
                // Line breaks are decided here, once, for every writer (GB/T 9704 title rule).
                var agency = r.GetAttribute("agency");
                block = new Title(TitleLines.Arrange(ReadChildren(r, output, "line", x => Inline.ToPlainText(ReadInlines(x, output))), agency).ToImmutableArray());
                break;
            case "h1" or "h2" or "h3" or "h4":
                block = new Heading(r.Name[1] - '0', ReadInlines(r, output));
                break;
            case "p":
                var kind = ParseKind(r, output);
                block = new Paragraph(ReadInlines(r, output), kind);
                break;
            case "table":
                block = ReadTable(r, output);
                break;
            case "figure":
                var numbered = r.GetAttribute("numbered") == "true";
                // The model numbers figures (so narrative references agree); templates that don't get numbers in order.
                if (int.TryParse(r.GetAttribute("number"), NumberStyles.None, CultureInfo.InvariantCulture, out var given)) figureNumber = given - 1;
                var caption = r.GetAttribute("caption") ?? "";
                var alt = r.GetAttribute("alt") ?? caption;
                var content = ReadFigureContent(r, output);
                block = new Figure(content, caption, alt, numbered ? ++figureNumber : null);
                break;
            case "signature":
                var date = r.GetAttribute("date");
                block = new SignatureBlock(ReadChildren(r, output, "signer", x => Inline.ToPlainText(ReadInlines(x, output))).ToImmutableArray(),
                    string.IsNullOrEmpty(date) ? null : date);
                break;
            case "pagebreak":
                block = new PageBreak();
                Skip(r);
                break;
            default:
                throw Unknown(r, output);
        }
        return block with { Span = span };
    }

    /// <summary>
    /// &lt;figure kind="chart" data="c0"/&gt; (the model's chart), &lt;figure kind="picture" src="p0"/&gt; (a
    /// picture the data named and the loader checked), or a placeholder.
    /// </summary>
    private FigureContent ReadFigureContent(XmlReader r, string output)
    {
        var position = Position(r, output);
        switch (r.GetAttribute("kind"))
        {
            case "chart":
                var data = r.GetAttribute("data") ?? "";
                var chart = references?.ChartOf(data) ?? throw new MarkupException(Catalog.Templates.UnknownChart.At(position, "", data));
                Skip(r);
                return chart;
            case "picture":
                var src = r.GetAttribute("src") ?? "";
                // Templates may only place pictures the data named and the loader checked.
                var picture = references?.PictureOf(src) ?? throw new MarkupException(Catalog.Templates.UnknownPicture.At(position, "", src));
                Skip(r);
                var read = InputFile.Read(FileKind.Picture, picture.FullPath, picture.Workspace);
                if (!read.Ok)
                    throw new MarkupException(Catalog.Templates.UnreadablePicture.At(position, "", picture.FullPath, FileDiagnostics.Reason(read)));
                var (width, height) = ImageSize.Read(read.Content);
                return new ImageFigure(read.Content.ToImmutableArray(), picture.MediaType, width * 0.75, height * 0.75);
            default:
                Skip(r);
                return new PlaceholderFigure();
        }
    }

    private static ParagraphKind ParseKind(XmlReader r, string output)
    {
        var kind = r.GetAttribute("kind");
        return kind switch
        {
            null or "body" => ParagraphKind.Body,
            "plain" => ParagraphKind.Plain,
            "centered" => ParagraphKind.Centered,
            "right" => ParagraphKind.Right,
            "note" => ParagraphKind.Note,
            _ => throw new MarkupException(Catalog.Templates.ParagraphKind.At(Position(r, output), "", kind)),
        };
    }

    private Table ReadTable(XmlReader r, string output)
    {
        var caption = r.GetAttribute("caption");
        var summary = r.GetAttribute("summary") ?? caption ?? "";
        var columns = ImmutableArray.CreateBuilder<ColumnSpec>();
        var head = ImmutableArray.CreateBuilder<TableRow>();
        var body = ImmutableArray.CreateBuilder<TableRow>();
        ForEachChild(r, output, child =>
        {
            switch (child.Name)
            {
                case "col":
                    var weight = double.TryParse(child.GetAttribute("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && w > 0 ? w : 1;
                    columns.Add(new ColumnSpec(weight, ParseAlign(child.GetAttribute("align"))));
                    Skip(child);
                    break;
                case "thead":
                    ForEachChild(child, output, tr => head.Add(ReadRow(tr, output)), "tr");
                    break;
                case "tbody":
                    ForEachChild(child, output, tr => body.Add(ReadRow(tr, output)), "tr");
                    break;
                default:
                    throw Unknown(child, output);
            }
        });
        if (columns.Count == 0)
        {
            var width = head.Concat(body).Select(row => row.Cells.Sum(c => c.ColSpan)).DefaultIfEmpty(1).Max();
            for (var i = 0; i < width; i++) columns.Add(new ColumnSpec(1));
        }
        return new Table(columns.ToImmutable(), head.ToImmutable(), body.ToImmutable(), string.IsNullOrEmpty(caption) ? null : caption, summary);
    }

    private TableRow ReadRow(XmlReader r, string output)
    {
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        ForEachChild(r, output, cell =>
        {
            if (cell.Name is not ("td" or "th")) throw Unknown(cell, output);
            var isHeader = cell.Name == "th";
            var rowSpan = ParseSpan(cell, "rowspan", output);
            var colSpan = ParseSpan(cell, "colspan", output);
            var align = ParseAlign(cell.GetAttribute("align"));
            cells.Add(new TableCell(ReadInlines(cell, output), rowSpan, colSpan, align, isHeader));
        });
        return new TableRow(cells.ToImmutable());
    }

    private static int ParseSpan(XmlReader r, string name, string output)
    {
        var raw = r.GetAttribute(name);
        if (raw is null) return 1;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000) return n;
        throw new MarkupException(Catalog.Templates.BadSpan.At(Position(r, output), "", name, raw));
    }

    private static CellAlignment ParseAlign(string? align) => align switch
    {
        "left" => CellAlignment.Left,
        "center" => CellAlignment.Center,
        "right" => CellAlignment.Right,
        _ => CellAlignment.Default,
    };

    /// <summary>Inline content of the current element: text, &lt;b&gt; and &lt;br/&gt;. Leaves the reader after the end tag.</summary>
    private ImmutableArray<Inline> ReadInlines(XmlReader r, string output)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        if (r.IsEmptyElement) { r.Read(); return inlines.ToImmutable(); }
        var depth = r.Depth;
        var strong = 0;
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length == 0) return;
            inlines.Add(new Text(text.ToString(), strong > 0));
            text.Clear();
        }
        r.Read();
        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text.Append(TemplateLineBreak().Replace(r.Value, ""));
                    break;
                case XmlNodeType.Element when r.Name == "b":
                    Flush();
                    if (!r.IsEmptyElement) strong++;
                    break;
                case XmlNodeType.EndElement when r.Name == "b":
                    Flush();
                    strong--;
                    break;
                case XmlNodeType.Element when r.Name == "br":
                    Flush();
                    inlines.Add(new LineBreak());
                    break;
                case XmlNodeType.Element:
                    throw Unknown(r, output);
            }
            r.Read();
        }
        Flush();
        r.Read();
        return Trim(inlines.ToImmutable());
    }

    private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsEmpty) return inlines;
        var b = inlines.ToBuilder();
        if (b[0] is Text first) b[0] = first with { Value = first.Value.TrimStart() };
        if (b[^1] is Text last) b[^1] = last with { Value = last.Value.TrimEnd() };
        b.RemoveAll(i => i is Text { Value.Length: 0 });
        return b.ToImmutable();
    }

    private List<T> ReadChildren<T>(XmlReader r, string output, string childName, Func<XmlReader, T> read)
    {
        var result = new List<T>();
        ForEachChild(r, output, child => result.Add(read(child)), childName);
        return result;
    }

    /// <summary>Calls <paramref name="onElement"/> for each child element (which must consume it); text between children must be blank.</summary>
    private void ForEachChild(XmlReader r, string output, Action<XmlReader> onElement, string? onlyName = null)
    {
        if (r.IsEmptyElement) { r.Read(); return; }
        var depth = r.Depth;
        r.Read();
        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType == XmlNodeType.Element)
            {
                if (onlyName is not null && r.Name != onlyName) throw Unknown(r, output);
                onElement(r);
            }
            else if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(r.Value))
                throw new MarkupException(Catalog.Templates.TextNotAllowedHere.At(Position(r, output), "", Clip(r.Value)));
            else r.Read();
        }
        r.Read();
    }

    private static void Skip(XmlReader r)
    {
        if (r.IsEmptyElement) { r.Read(); return; }
        r.Skip();
    }

    private MarkupException Unknown(XmlReader r, string output)
    {
        var name = r.Name;
        var where = locateInTemplates("<" + name) ?? Position(r, output);
        return new MarkupException(Catalog.Templates.UnknownElement.At(where, "", name));
    }

    private static SourceSpan Position(XmlReader r, string output)
        => r is IXmlLineInfo info ? new SourceSpan(output, info.LineNumber, info.LinePosition) : new SourceSpan(output, 0, 0);

    private static string Clip(string s) => s.Trim().Length > 20 ? s.Trim()[..20] + "…" : s.Trim();

    private sealed class MarkupException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
