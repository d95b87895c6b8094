using System.Xml;
using ReportGen.Documents.Layout.Pages;
using static ReportGen.Documents.Writers.Ofd.OfdUnits;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>Outlines from the headings, nested by level, expanded, each going to where its heading starts (as the PDF bookmarks).</summary>
internal static class OfdOutline
{
    private sealed class Node(OutlineEntry? entry)
    {
        public OutlineEntry? Entry { get; } = entry;
        public List<Node> Children { get; } = new();
    }

    public static void Write(XmlWriter w, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<OfdPage> pages)
    {
        if (entries.Count == 0) return;
        var root = new Node(null);
        var stack = new List<(int Level, Node Node)> { (0, root) };
        foreach (var e in entries)
        {
            while (stack[^1].Level >= e.Level) stack.RemoveAt(stack.Count - 1);
            var node = new Node(e);
            stack[^1].Node.Children.Add(node);
            stack.Add((e.Level, node));
        }
        w.Start("Outlines");
        foreach (var child in root.Children) WriteElem(w, child, pages);
        w.End();
    }

    private static void WriteElem(XmlWriter w, Node node, IReadOnlyList<OfdPage> pages)
    {
        var e = node.Entry!;
        w.Start("OutlineElem");
        w.Attr("Title", e.Title);
        w.Start("Actions");
        w.Start("Action");
        w.Attr("Event", "CLICK");
        w.Start("Goto");
        w.Start("Dest");
        w.Attr("Type", "XYZ");
        w.Attr("PageID", pages[e.PageIndex].Id);
        w.Attr("Left", "0");
        // A little above the heading's top, as the PDF destination.
        w.Attr("Top", Mm(Math.Max(0, e.Y - 4)));
        w.End();
        w.End();
        w.End();
        w.End();
        foreach (var child in node.Children) WriteElem(w, child, pages);
        w.End();
    }
}
