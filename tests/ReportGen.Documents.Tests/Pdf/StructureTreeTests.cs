using ReportGen.Documents.Document;
using ReportGen.Documents.Tests.Pdf.Inspection;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Checks the tagging the way a PDF/UA validator would, since veraPDF is not available here: the object graph
/// comes from the tests' own PDF reader, the marked content from PdfPig's content parser.
/// </summary>
public class StructureTreeTests
{
    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form",
    ];

    public static ReportDocument WithLinks()
    {
        var doc = SampleDocuments.Small();
        var text = "报告电子版可在门户网站（http://www.example.gov.cn/xxgk/ndbg/2023/index.html）浏览并下载，也可访问www.gov.cn查询。";
        return doc with { Blocks = doc.Blocks.Insert(2, new Paragraph(SampleDocuments.T(text))) };
    }

    public static IEnumerable<object[]> Documents() => [["sample"], ["links"]];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_mcid_is_in_the_tree_once_and_every_element_is_well_formed(string which)
    {
        var bytes = PdfSamples.Get(which);
        var pdf = PdfFile.Read(bytes);
        Assert.True(pdf.Problems.Count == 0, pdf.Report);
        var pageRefs = pdf.Pages.Select(p => p.Ref).ToList();
        var rootRef = (PdfRef)pdf.Catalog["StructTreeRoot"];
        var root = pdf.Dict(rootRef);
        // Every element has a standard type: no role map is needed (the title is H1, not a custom "Title").
        Assert.False(root.ContainsKey("RoleMap"));

        var seen = new HashSet<(int Page, int Mcid)>();
        var objrs = new List<(int Key, PdfRef Elem)>();
        var types = new List<string>();
        var parents = new List<(string Type, string Parent)>();
        void Walk(PdfRef elemRef, PdfRef parentRef)
        {
            var e = pdf.Dict(elemRef);
            Assert.Equal("StructElem", e.Name("Type"));
            Assert.Equal(parentRef, e["P"]);
            var type = e.Name("S")!;
            types.Add(type);
            parents.Add((type, parentRef.Equals(rootRef) ? "" : pdf.Dict(parentRef).Name("S") ?? ""));
            Assert.True(StandardTypes.Contains(type), type);
            if (type == "Figure") Assert.False(string.IsNullOrWhiteSpace(((PdfString)e["Alt"]).Text));
            if (type == "TH") Assert.True(pdf.Dict(e["A"]).ContainsKey("Scope"));
            foreach (var kid in (PdfArray)pdf.Resolve(e["K"]))
            {
                if (kid is PdfRef child) Walk(child, elemRef);
                else if (kid is PdfDict { } objr && objr.Name("Type") == "OBJR")
                {
                    Assert.Equal("Link", type);
                    var annot = pdf.Dict(objr["Obj"]);
                    Assert.Equal("Link", annot.Name("Subtype"));
                    Assert.Equal(4.0, annot["F"]);
                    Assert.False(string.IsNullOrWhiteSpace(((PdfString)annot["Contents"]).Text));
                    objrs.Add(((int)(double)annot["StructParent"], elemRef));
                }
                else
                {
                    var mcr = Assert.IsType<PdfDict>(kid);
                    Assert.Equal("MCR", mcr.Name("Type"));
                    var page = pageRefs.IndexOf((PdfRef)mcr["Pg"]);
                    Assert.True(page >= 0);
                    Assert.True(seen.Add((page, (int)(double)mcr["MCID"])), "MCID referenced twice");
                }
            }
        }
        foreach (var top in (PdfArray)pdf.Resolve(root["K"])) Walk((PdfRef)top, rootRef);
        Assert.Equal("Document", types[0]);
        // The title is the document's H1 and the report's headings follow as H2…; rows sit in THead
        // and TBody; a figure's caption is inside the figure.
        Assert.Equal("H1", types[1]);
        Assert.Single(types, t => t == "H1");
        Assert.Contains("H2", types);
        Assert.All(parents.Where(p => p.Type == "TR"), p => Assert.Contains(p.Parent, new[] { "THead", "TBody" }));
        Assert.All(parents.Where(p => p.Type is "THead" or "TBody"), p => Assert.Equal("Table", p.Parent));
        Assert.Contains(parents, p => p.Type == "THead");
        Assert.Contains(parents, p => p.Type == "Caption" && p.Parent == "Figure");
        Assert.DoesNotContain(parents, p => p.Type == "Caption" && p.Parent == "Document");

        // Content side: every MCID on every page is in the tree, and every glyph is in marked content.
        var parentTree = (PdfArray)pdf.Dict(root["ParentTree"])["Nums"];
        using var read = PdfDocument.Open(bytes);
        var contentMcids = new HashSet<(int, int)>();
        foreach (var page in read.GetPages())
        {
            var marked = page.GetMarkedContents();
            Assert.Equal(page.Letters.Count, marked.Sum(m => m.Letters.Count));
            var mcids = marked.Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
            Assert.Equal(Enumerable.Range(0, mcids.Count), mcids);
            foreach (var id in mcids) contentMcids.Add((page.Number - 1, id));
            Assert.Equal(page.Number - 1.0, parentTree[2 * (page.Number - 1)]);
            Assert.Equal(mcids.Count, ((PdfArray)pdf.Resolve(parentTree[2 * (page.Number - 1) + 1])).Count);
            Assert.Contains(marked, m => m.IsArtifact);
        }
        Assert.True(contentMcids.SetEquals(seen));
        Assert.Equal(pageRefs.Count + objrs.Count, (int)(double)root["ParentTreeNextKey"]);
        // Each annotation's StructParent key leads back to its Link element.
        foreach (var (key, elem) in objrs) Assert.Equal(elem, parentTree[2 * key + 1]);
        if (which == "links")
        {
            Assert.Equal(2, types.Count(t => t == "Link"));
            Assert.True(objrs.Count >= 2);
        }
    }
}
