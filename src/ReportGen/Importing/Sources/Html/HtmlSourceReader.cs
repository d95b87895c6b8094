using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing.Published;
using ReportGen.Importing.Sources.Text;

namespace ReportGen.Importing.Sources.Html;

/// <summary>
/// A web page as saved from a browser or downloaded from a portal: decoded (UTF-8 or the GB family,
/// whatever the page declares), parsed with AngleSharp, stripped of the portal's chrome (navigation,
/// footers, share buttons, scripts), narrowed to the element that holds the report, and walked into
/// paragraphs, tables and figures.
/// </summary>
public sealed partial class HtmlSourceReader
{
    public PublishedReport? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(file, 0, 0);
        if (bytes.Length > SourceLimits.MaxHtmlBytes)
        {
            diagnostics.Add(Catalog.Importing.TooLarge.At(whole, "", bytes.Length, SourceLimits.MaxHtmlBytes));
            return null;
        }
        var declared = DeclaredCharset(bytes);
        var decoded = TextDecoding.Decode(bytes, declared);
        if (decoded.Failed)
        {
            diagnostics.Add(Catalog.Importing.Encoding.At(Severity.Error, whole, "", decoded.Problem!));
            return null;
        }
        if (decoded.Problem is not null) diagnostics.Add(Catalog.Importing.Encoding.At(Severity.Warning, whole, "", decoded.Problem));

        // HTML tree building costs time in proportion to depth for every element: nesting no page has is refused before parsing.
        if (EstimatedDepth(decoded.Text) > SourceLimits.MaxHtmlParseDepth)
        {
            diagnostics.Add(Catalog.Importing.TooComplex.At(whole, "", Catalog.Importing.HtmlNesting.Text(SourceLimits.MaxHtmlParseDepth)));
            return null;
        }
        IDocument document;
        try
        {
            document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(decoded.Text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Catalog.Importing.HtmlUnparsable.At(whole, "", e.Message));
            return null;
        }
        using (document)
        {
            var body = (INode?)document.Body ?? document.DocumentElement;
            if (body is null) return new PublishedReport(SourceKind.Html, file, ImmutableArray<PublishedBlock>.Empty);
            if (CountNodes(body) > SourceLimits.MaxHtmlNodes)
            {
                diagnostics.Add(Catalog.Importing.TooComplex.At(whole, "", Catalog.Importing.HtmlTooManyNodes.Text(SourceLimits.MaxHtmlNodes)));
                return null;
            }
            var walker = new HtmlBlockWalker();
            var root = PageChrome.ContentRoot(body, walker);
            var blocks = walker.Walk(root);
            if (walker.TooDeep) diagnostics.Add(Catalog.Importing.HtmlTooDeep.At(Severity.Warning, whole, "", SourceLimits.MaxHtmlDepth));
            if (!blocks.OfType<PublishedParagraph>().Any(p => p.Role == ParagraphRole.Title))
            {
                // The title often sits outside the article element (a page header), or only in <title>.
                var title = PageChrome.TitleOutside(body, root, walker) ?? PageChrome.TitleFromHead(document);
                if (title is not null) blocks = blocks.Insert(0, new PublishedParagraph(title, ParagraphRole.Title));
            }
            return new PublishedReport(SourceKind.Html, file, blocks);
        }
    }

    /// <summary>The charset a page declares in its first bytes (meta charset or http-equiv), read before decoding.</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var m = CharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The deepest nesting of elements, from the tags alone (opening minus closing), without building a tree.</summary>
    private static int EstimatedDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            if (start >= html.Length || !char.IsAsciiLetter(html[start])) continue;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (closing) { depth = Math.Max(0, depth - 1); continue; }
            var gt = html.IndexOf('>', end);
            if (VoidTags.Contains(html[start..end]) || gt > 0 && html[gt - 1] == '/') continue;
            if (++depth > max) max = depth;
        }
        return max;
    }

    private static int CountNodes(INode root)
    {
        var count = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (++count > SourceLimits.MaxHtmlNodes) return count;
            for (var child = node.FirstChild; child is not null; child = child.NextSibling) stack.Push(child);
        }
        return count;
    }
}
