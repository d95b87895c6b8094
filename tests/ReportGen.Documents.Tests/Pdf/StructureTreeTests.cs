using System.Text.Json;
using ReportGen.Documents.Document;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Checks the tagging the way a PDF/UA validator would, since veraPDF is not available here: the
/// object graph comes from qpdf's JSON, the marked content from PdfPig's content parser.
/// </summary>
public class StructureTreeTests
{
    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form",
    ];

    private sealed record Tree(Dictionary<string, JsonElement> Objects)
    {
        public JsonElement Get(string reference) => Objects["obj:" + reference].GetProperty("value");
    }

    private static Tree Load(string path)
    {
        var (exit, json, err) = ExternalTool.Run("qpdf", "--json=2", "--json-key=qpdf", path);
        Assert.True(exit == 0, err);
        var objects = JsonDocument.Parse(json).RootElement.GetProperty("qpdf")[1];
        return new Tree(objects.EnumerateObject().ToDictionary(p => p.Name, p => p.Value));
    }

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
        var bytes = which == "sample" ? PdfFixture.Sample : PdfFixture.Render(WithLinks());
        var tree = Load(which == "sample" ? PdfFixture.SamplePath : PdfFixture.Save(bytes, "links"));
        var trailerRoot = tree.Objects.First(o => o.Value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object
            && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog").Value.GetProperty("value");
        var pageRefs = tree.Get(trailerRoot.GetProperty("/Pages").GetString()!).GetProperty("/Kids").EnumerateArray().Select(k => k.GetString()!).ToList();
        var rootRef = trailerRoot.GetProperty("/StructTreeRoot").GetString()!;
        var root = tree.Get(rootRef);
        // Every element has a standard type: no role map is needed (the title is H1, not a custom "Title").
        Assert.False(root.TryGetProperty("/RoleMap", out _));

        var seen = new HashSet<(int Page, int Mcid)>();
        var objrs = new List<(int Key, string Elem)>();
        var types = new List<string>();
        var parents = new List<(string Type, string Parent)>();
        void Walk(string elemRef, string parentRef)
        {
            var e = tree.Get(elemRef);
            Assert.Equal("/StructElem", e.GetProperty("/Type").GetString());
            Assert.Equal(parentRef, e.GetProperty("/P").GetString());
            var type = e.GetProperty("/S").GetString()!.TrimStart('/');
            types.Add(type);
            parents.Add((type, tree.Objects.ContainsKey("obj:" + parentRef) && tree.Get(parentRef).TryGetProperty("/S", out var ps) ? ps.GetString()!.TrimStart('/') : ""));
            Assert.True(StandardTypes.Contains(type), type);
            if (type == "Figure") Assert.StartsWith("u:", e.GetProperty("/Alt").GetString());
            if (type == "TH") Assert.True(e.GetProperty("/A").TryGetProperty("/Scope", out _));
            foreach (var kid in e.GetProperty("/K").EnumerateArray())
            {
                if (kid.ValueKind == JsonValueKind.String) Walk(kid.GetString()!, elemRef);
                else if (kid.GetProperty("/Type").GetString() == "/OBJR")
                {
                    Assert.Equal("Link", type);
                    var annot = tree.Get(kid.GetProperty("/Obj").GetString()!);
                    Assert.Equal("/Link", annot.GetProperty("/Subtype").GetString());
                    Assert.Equal(4, annot.GetProperty("/F").GetInt32());
                    Assert.StartsWith("u:", annot.GetProperty("/Contents").GetString());
                    objrs.Add((annot.GetProperty("/StructParent").GetInt32(), elemRef));
                }
                else
                {
                    Assert.Equal("/MCR", kid.GetProperty("/Type").GetString());
                    var page = pageRefs.IndexOf(kid.GetProperty("/Pg").GetString()!);
                    Assert.True(page >= 0);
                    Assert.True(seen.Add((page, kid.GetProperty("/MCID").GetInt32())), "MCID referenced twice");
                }
            }
        }
        foreach (var top in root.GetProperty("/K").EnumerateArray()) Walk(top.GetString()!, rootRef);
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
        var parentTree = tree.Get(root.GetProperty("/ParentTree").GetString()!).GetProperty("/Nums").EnumerateArray().ToList();
        using var pdf = PdfDocument.Open(bytes);
        var contentMcids = new HashSet<(int, int)>();
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents();
            Assert.Equal(page.Letters.Count, marked.Sum(m => m.Letters.Count));
            var mcids = marked.Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
            Assert.Equal(Enumerable.Range(0, mcids.Count), mcids);
            foreach (var id in mcids) contentMcids.Add((page.Number - 1, id));
            Assert.Equal(page.Number - 1, parentTree[2 * (page.Number - 1)].GetInt32());
            Assert.Equal(mcids.Count, parentTree[2 * (page.Number - 1) + 1].GetArrayLength());
            Assert.Contains(marked, m => m.IsArtifact);
        }
        Assert.True(contentMcids.SetEquals(seen));
        Assert.Equal(pageRefs.Count + objrs.Count, root.GetProperty("/ParentTreeNextKey").GetInt32());
        // Each annotation's StructParent key leads back to its Link element.
        foreach (var (key, elem) in objrs) Assert.Equal(elem, parentTree[2 * key + 1].GetString());
        if (which == "links")
        {
            Assert.Equal(2, types.Count(t => t == "Link"));
            Assert.True(objrs.Count >= 2);
        }
    }
}
