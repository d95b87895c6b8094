using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>Bookmarks from the headings, nested by level, all open.</summary>
internal static class OutlineWriter
{
    private sealed class Node(OutlineEntry? entry, int id)
    {
        public OutlineEntry? Entry { get; } = entry;
        public int Id { get; } = id;
        public List<Node> Children { get; } = new();
        public Node? Parent { get; set; }
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    /// <returns>The outline root's object number, or 0 when the document has no headings.</returns>
    public static int Write(PdfObjectWriter w, IReadOnlyList<OutlineEntry> entries, int[] pageIds, IReadOnlyList<PageFrame> pages)
    {
        if (entries.Count == 0) return 0;
        var root = new Node(null, w.Allocate());
        var stack = new List<(int Level, Node Node)> { (0, root) };
        foreach (var e in entries)
        {
            while (stack[^1].Level >= e.Level) stack.RemoveAt(stack.Count - 1);
            var parent = stack[^1].Node;
            var node = new Node(e, w.Allocate()) { Parent = parent };
            parent.Children.Add(node);
            stack.Add((e.Level, node));
        }
        w.Begin(root.Id).A("<</Type /Outlines /First ").Ref(root.Children[0].Id).A(" /Last ").Ref(root.Children[^1].Id)
         .A(" /Count ").I(root.Descendants).A(">>");
        w.End();
        WriteChildren(w, root, pageIds, pages);
        return root.Id;
    }

    private static void WriteChildren(PdfObjectWriter w, Node parent, int[] pageIds, IReadOnlyList<PageFrame> pages)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var n = parent.Children[i];
            var e = n.Entry!;
            var o = w.Begin(n.Id).A("<</Title ").TextString(e.Title).A(" /Parent ").Ref(parent.Id);
            if (i > 0) o.A(" /Prev ").Ref(parent.Children[i - 1].Id);
            if (i + 1 < parent.Children.Count) o.A(" /Next ").Ref(parent.Children[i + 1].Id);
            if (n.Children.Count > 0)
                o.A(" /First ").Ref(n.Children[0].Id).A(" /Last ").Ref(n.Children[^1].Id).A(" /Count ").I(n.Descendants);
            o.A(" /Dest [").Ref(pageIds[e.PageIndex]).A(" /XYZ 0 ").N(pages[e.PageIndex].Height - e.Y + 4).A(" 0]>>");
            w.End();
            WriteChildren(w, n, pageIds, pages);
        }
    }
}
