using System.Xml;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// The logical structure as OFD custom tags (GB/T 33190 §16): Tags/CustomTags.xml names one tag file
/// whose elements are the layout's structure nodes — the PDF structure types (Document, H1–H4, P,
/// Table, TR, TH, TD, Figure, Caption, Link …, whatever the layout emits) — each holding ObjectRef
/// entries that point at its page objects (PageRef = page ID, content = object ID). Children and
/// references come in reading order, so an archive can extract the text as it is read.
/// </summary>
internal static class OfdStructure
{
    public const string FileName = "CustomTag.xml";

    /// <summary>Our vocabulary's namespace: element names are the PDF (ISO 32000) standard structure types.</summary>
    public const string Namespace = "urn:reportgen:ofd:logical-structure:1";

    public static void WriteIndex(XmlWriter w)
    {
        w.StartRoot("CustomTags");
        w.Start("CustomTag");
        w.Attr("NameSpace", Namespace);
        w.Element("FileLoc", FileName);
        w.End();
        w.End();
    }

    public static byte[] Write(StructNode root, int structCount, IReadOnlyList<OfdPage> pages)
    {
        var own = new List<OfdObjectRef>?[Math.Max(structCount, root.Id + 1)];
        foreach (var page in pages)
            foreach (var r in page.Objects)
                if (r.StructId < own.Length) (own[r.StructId] ??= new()).Add(r);
        var first = new int[own.Length];
        FirstObject(root, own, first);
        return OfdXml.Part(w =>
        {
            WriteNode(w, root, own, first, isRoot: true);
        });
    }

    /// <summary>Where each node's content starts (the smallest object ID in its subtree; IDs follow reading order).</summary>
    private static int FirstObject(StructNode node, List<OfdObjectRef>?[] own, int[] first)
    {
        var min = own[node.Id] is { Count: > 0 } refs ? refs[0].ObjectId : int.MaxValue;
        foreach (var child in node.Children) min = Math.Min(min, FirstObject(child, own, first));
        first[node.Id] = min;
        return min;
    }

    private static void WriteNode(XmlWriter w, StructNode node, List<OfdObjectRef>?[] own, int[] first, bool isRoot)
    {
        w.WriteStartElement(XmlConvert.EncodeLocalName(node.Type), Namespace);
        if (isRoot) w.WriteAttributeString("xmlns", OfdXml.Prefix, null, OfdXml.Namespace);
        if (node.Alt is not null) w.WriteAttributeString("Alt", node.Alt);
        if (node.Summary is not null) w.WriteAttributeString("Summary", node.Summary);
        if (node.Scope is not null) w.WriteAttributeString("Scope", node.Scope);
        if (node.RowSpan > 1) w.WriteAttributeString("RowSpan", node.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (node.ColSpan > 1) w.WriteAttributeString("ColSpan", node.ColSpan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The node's own objects and its children interleaved by where their content starts (a link inside a paragraph).
        var refs = own[node.Id] ?? [];
        var r = 0;
        foreach (var child in node.Children.OrderBy(c => first[c.Id]))
        {
            while (r < refs.Count && refs[r].ObjectId < first[child.Id]) WriteRef(w, refs[r++]);
            WriteNode(w, child, own, first, isRoot: false);
        }
        while (r < refs.Count) WriteRef(w, refs[r++]);
        w.WriteEndElement();
    }

    private static void WriteRef(XmlWriter w, OfdObjectRef r)
    {
        w.Start("ObjectRef");
        w.Attr("PageRef", r.PageId);
        w.WriteString(r.ObjectId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.End();
    }
}
