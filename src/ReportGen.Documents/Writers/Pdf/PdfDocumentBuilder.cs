using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// Writes one laid-out document as PDF 1.7 claiming PDF/A-2a and PDF/UA-1: fonts, pages, structure
/// tree, outline, page labels, metadata and output intent. One instance per document.
/// </summary>
internal sealed class PdfDocumentBuilder(ReportDocument document, LayoutResult layout, EmbeddedFontCache fontCache)
{
    public const string Producer = "ReportGen";

    private readonly PdfObjectWriter _w = new();

    public void Write(Stream output)
    {
        var fonts = CollectFonts();
        var nodes = new StructNode[layout.StructCount];
        var parents = new int[layout.StructCount];
        Flatten(layout.Structure, -1, nodes, parents);
        var types = nodes.Select(n => n?.Type ?? "P").ToArray();
        var images = new Dictionary<ImageItem, int>(ReferenceEqualityComparer.Instance);
        var contentWriter = new ContentStreamWriter(fonts, types, images);
        var pages = new PageContent[layout.Pages.Count];
        try
        {
            for (var i = 0; i < pages.Length; i++) pages[i] = contentWriter.Write(layout.Pages[i]);
        }
        finally
        {
            contentWriter.Release();
        }

        var w = _w;
        var catalog = w.Allocate();
        var pagesRoot = w.Allocate();
        var info = w.Allocate();
        var metadata = w.Allocate();
        var icc = w.Allocate();
        var structRoot = w.Allocate();
        var parentTree = w.Allocate();
        var resources = w.Allocate();
        var pageIds = new int[pages.Length];
        var contentIds = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            pageIds[i] = w.Allocate();
            contentIds[i] = w.Allocate();
        }
        var structIds = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++) structIds[i] = w.Allocate();
        var annots = new List<Annotation>();
        var onPages = new List<Annotation>[pages.Length];
        // One action per link (its Link structure node), written once and shared by every area of it: a long URL
        // wrapped over many lines is stored once, not once per line (a 100 KB address made an 894 MB file).
        var actions = new Dictionary<int, int>();
        for (var p = 0; p < pages.Length; p++)
        {
            onPages[p] = new List<Annotation>(pages[p].Links.Count);
            foreach (var link in pages[p].Links)
            {
                if (!actions.TryGetValue(link.StructId, out var action)) actions[link.StructId] = action = w.Allocate();
                var a = new Annotation(w.Allocate(), p, link, pages.Length + annots.Count, action);
                annots.Add(a);
                onPages[p].Add(a);
            }
        }

        w.Out.A("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).A("\n");

        // Pages and content.
        w.Begin(pagesRoot).A("<</Type /Pages /Count ").I(pages.Length).A(" /Kids [");
        foreach (var id in pageIds) w.Out.Ref(id).B((byte)' ');
        w.Out.A("]>>");
        w.End();
        for (var i = 0; i < pages.Length; i++)
        {
            var frame = layout.Pages[i];
            w.Begin(pageIds[i]).A("<</Type /Page /Parent ").Ref(pagesRoot).A(" /MediaBox [0 0 ").N(frame.Width).B((byte)' ').N(frame.Height)
             .A("] /Resources ").Ref(resources).A(" /Contents ").Ref(contentIds[i]).A(" /StructParents ").I(i).A(" /Tabs /S");
            var onPage = onPages[i];
            if (onPage.Count > 0)
            {
                w.Out.A(" /Annots [");
                foreach (var a in onPage) w.Out.Ref(a.Id).B((byte)' ');
                w.Out.A("]");
            }
            w.Out.A(">>");
            w.End();
            w.Stream(contentIds[i], "/Filter /FlateDecode", pages[i].Stream);
        }

        WriteResources(resources, fonts, images);
        WriteStructure(structRoot, parentTree, nodes, parents, structIds, pages, pageIds, annots);
        var written = new HashSet<int>();
        foreach (var a in annots)
        {
            WriteAnnotation(a, pageIds, structIds, layout.Pages[a.Page].Height);
            if (written.Add(a.Action)) WriteAction(a.Action, a.Link.Uri);
        }
        var outline = OutlineWriter.Write(w, layout.Outline, pageIds, layout.Pages);

        // Metadata, output intent, info.
        var m = document.Metadata;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{m.Identifier}\n{m.Title}\n{m.Date:yyyy-MM-dd}\n{m.Author}"));
        var uuid = new Guid(hash.AsSpan(0, 16)).ToString();
        // The dates are the report's 成文日期; a report without one gets no dates at all (never the
        // clock, never an invented day), in the Info dictionary and in XMP alike, as PDF/A requires.
        var isoDate = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";
        var pdfDate = "D:" + m.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000+08'00'";
        w.Stream(metadata, "/Type /Metadata /Subtype /XML", XmpMetadata.Build(m, m.Date is null ? null : isoDate, uuid, Producer));
        w.Stream(icc, "/N 3 /Filter /FlateDecode", SrgbProfile.Compressed);
        w.Begin(info).A("<</Title ").TextString(m.Title).A(" /Author ").TextString(m.Author).A(" /Subject ").TextString(m.Subject)
         .A(" /Keywords ").TextString(string.Join("; ", m.Keywords)).A(" /Creator (").A(Producer).A(") /Producer (").A(Producer).A(")");
        if (m.Date is not null) w.Out.A(" /CreationDate (").A(pdfDate).A(") /ModDate (").A(pdfDate).A(")");
        w.Out.A(">>");
        w.End();

        w.Begin(catalog).A("<</Type /Catalog /Pages ").Ref(pagesRoot).A(" /Lang ").TextString(m.Language)
         .A(" /MarkInfo <</Marked true>> /StructTreeRoot ").Ref(structRoot).A(" /Metadata ").Ref(metadata)
         .A(" /ViewerPreferences <</DisplayDocTitle true>> /PageLabels <</Nums [0 <</S /D>>]>>")
         .A(" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ")
         .Ref(icc).A(">>]");
        if (outline > 0) w.Out.A(" /Outlines ").Ref(outline).A(" /PageMode /UseOutlines");
        w.Out.A(">>");
        w.End();

        w.Finish(catalog, info, hash.AsSpan(0, 16).ToArray());
        output.Write(w.Out.Span);
        w.Out.Return();
    }

    private Dictionary<OpenTypeFont, PdfFace> CollectFonts()
    {
        var used = new Dictionary<OpenTypeFont, CodePointSet>(ReferenceEqualityComparer.Instance);
        var order = new List<OpenTypeFont>();
        foreach (var page in layout.Pages)
        {
            foreach (var item in page.Items)
            {
                if (item is not GlyphRun run) continue;
                if (run.Font is not OpenTypeFont f) throw new InvalidOperationException($"PDF output needs OpenType fonts, got {run.Font.Name}");
                if (!used.TryGetValue(f, out var set))
                {
                    used[f] = set = new CodePointSet();
                    order.Add(f);
                }
                foreach (var cp in run.CodePoints) set.Add(cp);
            }
        }
        var result = new Dictionary<OpenTypeFont, PdfFace>(ReferenceEqualityComparer.Instance);
        var names = 0;
        foreach (var face in order)
        {
            var set = used[face];
            var shared = SharedGlyphs.In(face);
            PdfFontResource? sharedResource = null;
            if (SharedGlyphs.Worth(shared, set))
            {
                sharedResource = new PdfFontResource("F" + ++names, fontCache.SharedSubset(face, shared));
                foreach (var cp in shared) set.Remove(cp);
            }
            PdfFontResource? own = null;
            if (set.Count > 0)
            {
                own = new PdfFontResource("F" + ++names, fontCache.Get(face, set.ToSortedArray()));
            }
            result[face] = new PdfFace(sharedResource, own);
        }
        return result;
    }

    private void WriteResources(int resources, Dictionary<OpenTypeFont, PdfFace> fonts, Dictionary<ImageItem, int> images)
    {
        var w = _w;
        var fontIds = fonts.Values.SelectMany(f => f.Resources).OrderBy(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f.Name, f.Font, Id: w.Allocate())).ToList();
        var imageIds = images.OrderBy(kv => kv.Value).Select(kv => (kv.Key, kv.Value, Id: w.Allocate())).ToList();
        w.Begin(resources).A("<</Font <<");
        foreach (var (name, _, id) in fontIds) w.Out.B((byte)'/').A(name).B((byte)' ').Ref(id).B((byte)' ');
        w.Out.A(">>");
        if (imageIds.Count > 0)
        {
            w.Out.A(" /XObject <<");
            foreach (var (_, index, id) in imageIds) w.Out.A("/Im").I(index).B((byte)' ').Ref(id).B((byte)' ');
            w.Out.A(">>");
        }
        w.Out.A(">>");
        w.End();
        foreach (var (_, font, id) in fontIds) FontWriter.Write(w, id, font);
        foreach (var (image, _, id) in imageIds)
        {
            var dict = $"/Type /XObject /Subtype /Image /Width {image.PixelWidth} /Height {image.PixelHeight} /ColorSpace /{(image.Components == 1 ? "DeviceGray" : "DeviceRGB")} /BitsPerComponent 8";
            if (image.MediaType == "image/png")
                w.Stream(id, dict + $" /Filter /FlateDecode /DecodeParms <</Predictor 15 /Colors {image.Components} /BitsPerComponent 8 /Columns {image.PixelWidth}>>",
                    PngInfo.ImageData(image.Data.AsSpan()));
            else
                w.Stream(id, dict + " /Filter /DCTDecode", image.Data.AsSpan());
        }
    }

    private static void Flatten(StructNode node, int parent, StructNode[] nodes, int[] parents)
    {
        nodes[node.Id] = node;
        parents[node.Id] = parent;
        foreach (var child in node.Children) Flatten(child, node.Id, nodes, parents);
    }

    /// <summary>A link annotation: its object, page, area, key in the parent tree and the shared action of its link.</summary>
    private sealed record Annotation(int Id, int Page, LinkItem Link, int StructParent, int Action);

    /// <summary>The alternate description of a link area (PDF/UA 7.18.5): the address, shortened when long, since every area of a link carries one.</summary>
    private const int MaxContents = 120;

    private void WriteAnnotation(Annotation a, int[] pageIds, int[] structIds, double pageHeight)
    {
        var l = a.Link;
        var contents = l.Uri.Length <= MaxContents ? l.Uri : l.Uri[..(MaxContents - 1)] + "…";
        _w.Begin(a.Id).A("<</Type /Annot /Subtype /Link /Rect [").N(l.X).B((byte)' ').N(pageHeight - l.Y - l.Height).B((byte)' ')
          .N(l.X + l.Width).B((byte)' ').N(pageHeight - l.Y).A("] /Border [0 0 0] /F 4 /P ").Ref(pageIds[a.Page])
          .A(" /Contents ").TextString(contents).A(" /A ").Ref(a.Action).A(" /StructParent ").I(a.StructParent).A(">>");
        _w.End();
    }

    private void WriteAction(int id, string target)
    {
        var uri = new string(target.Where(c => c is > ' ' and < (char)127 and not ('(' or ')' or '\\')).ToArray());
        _w.Begin(id).A("<</S /URI /URI (").A(uri).A(")>>");
        _w.End();
    }

    private void WriteStructure(int root, int parentTree, StructNode[] nodes, int[] parents, int[] structIds, PageContent[] pages, int[] pageIds,
        List<Annotation> annots)
    {
        var w = _w;
        var mcrs = new List<(int Page, int Mcid)>[nodes.Length];
        for (var p = 0; p < pages.Length; p++)
        {
            var owners = pages[p].McidOwners;
            for (var mcid = 0; mcid < owners.Count; mcid++)
                (mcrs[owners[mcid]] ??= new()).Add((p, mcid));
        }
        var objrs = new List<Annotation>[nodes.Length];
        foreach (var a in annots) (objrs[a.Link.StructId] ??= new()).Add(a);
        var firstContent = new (int Page, int Mcid)[nodes.Length];
        FirstContent(nodes[0], mcrs, firstContent);

        w.Begin(root).A("<</Type /StructTreeRoot /K [").Ref(structIds[0]).A("] /ParentTree ").Ref(parentTree)
         .A(" /ParentTreeNextKey ").I(pages.Length + annots.Count).A(">>");
        w.End();
        w.Begin(parentTree).A("<</Nums [");
        for (var p = 0; p < pages.Length; p++)
        {
            w.Out.I(p).A(" [");
            foreach (var owner in pages[p].McidOwners) w.Out.Ref(structIds[owner]).B((byte)' ');
            w.Out.A("] ");
        }
        foreach (var a in annots) w.Out.I(a.StructParent).B((byte)' ').Ref(structIds[a.Link.StructId]).B((byte)' ');
        w.Out.A("]>>");
        w.End();
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is null)
            {
                // Never expected; keeps the object table complete if layout skipped an id.
                w.Begin(structIds[i]).A("<</Type /StructElem /S /NonStruct /P ").Ref(structIds[0]).A(" /K []>>");
                w.End();
                continue;
            }
            var o = w.Begin(structIds[i]).A("<</Type /StructElem /S /").A(node.Type).A(" /P ").Ref(parents[i] < 0 ? root : structIds[parents[i]]);
            if (node.Alt is not null) o.A(" /Alt ").TextString(node.Alt);
            if (node.Type == "Table" && node.Summary is not null) o.A(" /A <</O /Table /Summary ").TextString(node.Summary).A(">>");
            if (node.Type is "TH" or "TD" && (node.Scope is not null || node.RowSpan > 1 || node.ColSpan > 1))
            {
                o.A(" /A <</O /Table");
                if (node.Scope is not null) o.A(" /Scope /").A(node.Scope);
                if (node.RowSpan > 1) o.A(" /RowSpan ").I(node.RowSpan);
                if (node.ColSpan > 1) o.A(" /ColSpan ").I(node.ColSpan);
                o.A(">>");
            }
            // Kids in reading order: the node's own marked content and its children (a Link inside
            // a paragraph) interleaved by where their content starts; link annotations last.
            o.A(" /K [");
            var own = mcrs[i] ?? [];
            var m = 0;
            foreach (var child in node.Children)
            {
                while (m < own.Count && own[m].CompareTo(firstContent[child.Id]) < 0) WriteMcr(own[m++]);
                o.Ref(structIds[child.Id]).B((byte)' ');
            }
            while (m < own.Count) WriteMcr(own[m++]);
            if (objrs[i] is { } links)
                foreach (var a in links) o.A("<</Type /OBJR /Obj ").Ref(a.Id).A(" /Pg ").Ref(pageIds[a.Page]).A(">> ");
            o.A("]>>");
            w.End();

            void WriteMcr((int Page, int Mcid) r) => o.A("<</Type /MCR /Pg ").Ref(pageIds[r.Page]).A(" /MCID ").I(r.Mcid).A(">> ");
        }
    }

    /// <summary>Where each node's content starts (page, MCID); nodes without content sort last.</summary>
    private static (int, int) FirstContent(StructNode node, List<(int Page, int Mcid)>[] mcrs, (int Page, int Mcid)[] result)
    {
        var first = mcrs[node.Id] is { Count: > 0 } own ? own[0] : (int.MaxValue, int.MaxValue);
        foreach (var child in node.Children)
        {
            var c = FirstContent(child, mcrs, result);
            if (c.CompareTo(first) < 0) first = c;
        }
        result[node.Id] = first;
        return first;
    }
}
