using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ReportGen.Importing.Sources.Html;

/// <summary>
/// What a portal wraps around a report: navigation, breadcrumbs, share buttons, footers, scripts and
/// the "字体 大 中 小 / 打印本页 / 关闭窗口" bar. Judged by tag, ARIA role, class and id words and, for
/// the bars that are plain text, by their wording; the report itself is the element that holds most of
/// the page's Chinese text once the chrome is set aside.
/// </summary>
internal static partial class PageChrome
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "button", "select", "input", "textarea",
        "iframe", "object", "embed", "canvas", "link", "meta", "head", "title", "map", "audio", "video", "option", "label",
    };

    /// <summary>Where a page's own words end up: descending into these can narrow to the article.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "html", "body", "div", "section", "article", "main", "form", "center", "font", "span", "td", "tr", "tbody", "table",
    };

    [GeneratedRegex(@"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|share|bdshare|sidebar|side|copyright|toolbar|topbar|banner|login|search|qrcode|ewm|related|xgxx|xglj|footer|foot|dqwz|location|position|bottom|header|head|top|fontsize|print|tools?)(?:[-_\s\d]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeWord();

    [GeneratedRegex(@"^(?:当前位置|您的位置|您现在的位置|所在位置|首页\s*[>＞»])|【\s*字[体号]|字[体号][:：]?\s*[【\[]?\s*大|^(?:打印本页|关闭窗口|【?打印】?|【?关闭】?|返回顶部|分享到[:：]?|扫一扫)")]
    private static partial Regex ChromeText();

    [GeneratedRegex(@"发布时间|发布日期|来源[:：]|浏览次数|点击数|访问次数|阅读次数|作者[:：]|字体[:：]|【打印】|【关闭】|信息来源")]
    private static partial Regex MetaWord();

    [GeneratedRegex(@"(?:19|20)\d\d")]
    private static partial Regex Year();

    public static bool IsSkippedTag(string tag) => SkippedTags.Contains(tag);

    public static bool IsChrome(IElement e)
    {
        var tag = e.LocalName;
        if (SkippedTags.Contains(tag)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true" && tag != "g") return true;
        var style = e.GetAttribute("style");
        if (style is not null && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (e.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search" or "menu" or "menubar") return true;
        // <header> is a site header unless it carries the report's own title.
        if (tag == "header") return !LooksLikeTitle(FlatText(e, 400));
        var words = $"{e.GetAttribute("class")} {e.Id}";
        if (words.Length > 1 && ChromeWord().IsMatch(words))
        {
            // A "header"/"top" block around the article title is kept; navigation is not.
            if (Regex.IsMatch(words, "head|top", RegexOptions.IgnoreCase) && LooksLikeTitle(FlatText(e, 400))) return false;
            return true;
        }
        return false;
    }

    /// <summary>A line of the page's own apparatus (breadcrumb, font-size bar, publication meta), not of the report.</summary>
    public static bool IsChromeText(string text)
    {
        if (text.Length == 0) return false;
        if (text.Length <= 120 && ChromeText().IsMatch(text)) return true;
        return text.Length <= 200 && MetaWord().Matches(text).Count >= 2;
    }

    public static bool LooksLikeTitle(string text)
    {
        var t = text.Trim();
        return t.Length is >= 8 and <= 80 && t.Contains("报告", StringComparison.Ordinal) && Year().IsMatch(t)
            && (t.Contains("信息公开", StringComparison.Ordinal) || t.Contains("政务公开", StringComparison.Ordinal) || t.Contains("年度报告", StringComparison.Ordinal));
    }

    /// <summary>
    /// Descends from the body into the child that holds most (60 %) of the Chinese text, past the
    /// portal's columns and wrappers, stopping where the text spreads over several blocks: the article.
    /// </summary>
    public static INode ContentRoot(INode body, HtmlBlockWalker walker)
    {
        var counts = CjkCounts(body);
        var node = body;
        while (true)
        {
            var total = counts.GetValueOrDefault(node);
            if (total == 0) return node;
            IElement? best = null;
            var bestCount = 0;
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is not IElement e || IsChrome(e)) continue;
                var n = counts.GetValueOrDefault(e);
                if (n > bestCount) { best = e; bestCount = n; }
            }
            if (best is null || bestCount * 10 < total * 6 || !Containers.Contains(best.LocalName)) return node;
            if (best.LocalName == "table" && !HtmlBlockWalker.IsLayoutTable(best)) return node;
            node = best;
        }
    }

    /// <summary>Chinese characters under each element, chrome excluded, counted without recursion.</summary>
    private static Dictionary<INode, int> CjkCounts(INode root)
    {
        var counts = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(INode Node, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (node is IElement e && IsChrome(e)) continue;
            if (done)
            {
                var sum = 0;
                for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                    sum += child is IText t ? Sources.TextClean.CjkCount(t.Data) : counts.GetValueOrDefault(child);
                counts[node] = sum;
                continue;
            }
            stack.Push((node, true));
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                if (child is IElement) stack.Push((child, false));
        }
        return counts;
    }

    /// <summary>The report title when the page prints it before the article element (a page header): the nearest title-like line before it.</summary>
    public static string? TitleOutside(INode body, INode root, HtmlBlockWalker walker)
    {
        string? found = null;
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (ReferenceEquals(node, root)) break;
            if (node is IElement e)
            {
                if (IsChrome(e) && e.LocalName != "header") continue;
                if (e.LocalName is "h1" or "h2" or "h3" or "p" or "div" or "strong" or "td" or "span" or "font")
                {
                    var text = Sources.TextClean.Inline(FlatText(e, 200));
                    if (LooksLikeTitle(text) && text.Length <= 80 && !ContainsNode(e, root)) { found = text; }
                }
            }
            var children = new List<INode>();
            for (var child = node.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return found;
    }

    public static string? TitleFromHead(IDocument document)
    {
        var title = document.Title;
        if (string.IsNullOrWhiteSpace(title)) return null;
        foreach (var part in Regex.Split(title, @"\s*[_|｜–—-]{1,2}\s*"))
            if (LooksLikeTitle(part)) return Sources.TextClean.Inline(part);
        return null;
    }

    private static bool ContainsNode(INode ancestor, INode node)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (ReferenceEquals(n, ancestor)) return true;
        return false;
    }

    /// <summary>Text under a node without recursion, chrome excluded, cut at <paramref name="limit"/> characters.</summary>
    public static string FlatText(INode node, int limit = int.MaxValue)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0 && sb.Length < limit)
        {
            var n = stack.Pop();
            if (n is IText t) { sb.Append(t.Data); continue; }
            if (n is IElement e && !ReferenceEquals(e, node) && SkippedTags.Contains(e.LocalName)) continue;
            var children = new List<INode>();
            for (var child = n.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return sb.Length > limit ? sb.ToString(0, limit) : sb.ToString();
    }
}
