using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Tests.Docx;
using ReportGen.Documents.Tests.Pdf;
using static ReportGen.Documents.Tests.Ofd.OfdPackage;

namespace ReportGen.Documents.Tests.Ofd;

public class OfdPackageTests
{
    private static readonly XNamespace Tags = "urn:reportgen:ofd:logical-structure:1";

    public static IEnumerable<object[]> Documents() => [["sample"], ["links"], ["charts"], ["picture"]];

    public static ReportDocument Load(string which) => which switch
    {
        "links" => StructureTreeTests.WithLinks(),
        "charts" => DocxChartTests.ChartDocument() with { Blocks = [.. DocxChartTests.ChartDocument().Blocks.Where(b => b is Figure { Content: ChartFigure } or Paragraph)] },
        "picture" => WithPicture(),
        _ => SampleDocuments.Small(),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Package_has_the_standard_parts_and_every_location_and_reference_resolves(string which)
    {
        var ofd = OfdPackage.Write(Load(which));
        Assert.Equal("OFD.xml", ofd.EntryOrder[0]);
        // Every XML part is well-formed (Xml throws otherwise) and in the OFD namespace, except our tag file.
        foreach (var path in ofd.Entries.Keys.Where(p => p.EndsWith(".xml")))
        {
            var root = ofd.Xml(path);
            Assert.True(root.Name.Namespace == Ns || path.EndsWith("CustomTag.xml"), path);
        }
        var entry = ofd.Entry;
        Assert.Equal("1.0", (string?)entry.Attribute("Version"));
        Assert.Equal("OFD", (string?)entry.Attribute("DocType"));
        Assert.Equal("Doc_0/Document.xml", ofd.DocRootPath);

        var doc = ofd.Document;
        var common = doc.Element(Ns + "CommonData")!;
        Assert.Equal("0 0 210 297", (string?)common.Element(Ns + "PageArea")!.Element(Ns + "PhysicalBox"));
        var resFiles = common.Elements(Ns + "PublicRes").Concat(common.Elements(Ns + "DocumentRes")).Select(e => Resolve(ofd.DocRootPath, e.Value)).ToList();
        var declared = new Dictionary<int, string>();
        foreach (var resPath in resFiles)
        {
            var res = ofd.Xml(resPath);
            var baseLoc = (string)res.Attribute("BaseLoc")!;
            foreach (var r in res.Descendants().Where(e => e.Attribute("ID") is not null))
            {
                declared.Add((int)r.Attribute("ID")!, r.Name.LocalName);
                foreach (var file in r.Elements().Where(e => e.Name.LocalName is "FontFile" or "MediaFile"))
                    Assert.True(ofd.Entries.ContainsKey(Resolve(resPath, file.Value, baseLoc)), $"{file.Value} from {resPath}");
            }
        }
        Assert.Equal("ColorSpace", declared[(int)common.Element(Ns + "DefaultCS")!]);

        var pages = ofd.Pages;
        Assert.Equal(PdfFixture.Writer.Layout(Load(which)).Pages.Count, pages.Count);
        var ids = new HashSet<int>(declared.Keys);
        foreach (var (pageId, path) in pages)
        {
            Assert.True(ids.Add(pageId), $"page ID {pageId} repeated");
            var page = ofd.Xml(path);
            foreach (var e in page.Descendants().Where(e => e.Name.LocalName is "Layer" or "TextObject" or "PathObject" or "ImageObject"))
                Assert.True(ids.Add((int)e.Attribute("ID")!), $"ID {e.Attribute("ID")} repeated");
            foreach (var t in page.Descendants(Ns + "TextObject")) Assert.Equal("Font", declared[(int)t.Attribute("Font")!]);
            foreach (var i in page.Descendants(Ns + "ImageObject")) Assert.Equal("MultiMedia", declared[(int)i.Attribute("ResourceID")!]);
        }
        Assert.Equal(ids.Max(), (int)common.Element(Ns + "MaxUnitID")!);

        var tagsPath = Resolve(ofd.DocRootPath, (string)doc.Element(Ns + "CustomTags")!);
        var tag = ofd.Xml(tagsPath).Element(Ns + "CustomTag")!;
        Assert.Equal(Tags.NamespaceName, (string?)tag.Attribute("NameSpace"));
        Assert.True(ofd.Entries.ContainsKey(Resolve(tagsPath, (string)tag.Element(Ns + "FileLoc")!)));
    }

    [Fact]
    public void DocInfo_names_title_author_keywords_and_the_document_date_only_when_there_is_one()
    {
        var document = SampleDocuments.Small();
        var info = OfdPackage.Write(document).Entry.Element(Ns + "DocBody")!.Element(Ns + "DocInfo")!;
        Assert.Equal(32, ((string)info.Element(Ns + "DocID")!).Length);
        Assert.Equal(document.Metadata.Title, (string?)info.Element(Ns + "Title"));
        Assert.Equal("示例区人民政府", (string?)info.Element(Ns + "Author"));
        Assert.Equal("2024-01-20", (string?)info.Element(Ns + "CreationDate"));
        Assert.Equal(["政府信息公开", "年度报告", "2023"], info.Element(Ns + "Keywords")!.Elements(Ns + "Keyword").Select(k => k.Value));

        var undated = document with { Metadata = document.Metadata with { Date = null } };
        var info2 = OfdPackage.Write(undated).Entry.Element(Ns + "DocBody")!.Element(Ns + "DocInfo")!;
        Assert.Null(info2.Element(Ns + "CreationDate"));
        Assert.Equal(document.Metadata.Title, (string?)info2.Element(Ns + "Title"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_glyph_sits_where_the_layout_put_it(string which)
    {
        var document = Load(which);
        var layout = PdfFixture.Writer.Layout(document);
        var ofd = OfdPackage.Write(document);
        const double mm = 25.4 / 72;
        foreach (var ((_, path), frame) in ofd.Pages.Zip(layout.Pages))
        {
            var expected = frame.Items.OfType<GlyphRun>()
                .SelectMany(r => r.CodePoints.Select((cp, i) => (cp, X: r.X[i] * mm, Y: r.Baseline * mm, Size: r.Size * mm)))
                .Where(g => g.cp != ' ').ToList();
            var texts = ofd.Xml(path).Descendants(Ns + "TextObject").ToList();
            var actual = texts.SelectMany(t => Glyphs(t).Select(g => (g.CodePoint, g.X, g.Y, Size: double.Parse((string)t.Attribute("Size")!, System.Globalization.CultureInfo.InvariantCulture))))
                .Where(g => g.CodePoint != ' ').ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].cp, actual[i].CodePoint);
                Assert.True(Math.Abs(expected[i].X - actual[i].X) <= 0.0015, $"{char.ConvertFromUtf32(expected[i].cp)}: x {actual[i].X} mm, layout {expected[i].X} mm");
                Assert.True(Math.Abs(expected[i].Y - actual[i].Y) <= 0.0015, $"{char.ConvertFromUtf32(expected[i].cp)}: baseline {actual[i].Y} mm, layout {expected[i].Y} mm");
                Assert.Equal(expected[i].Size, actual[i].Size, 0.001);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_read_in_custom_tag_order_is_the_document_text(string which)
    {
        var document = Load(which);
        var ofd = OfdPackage.Write(document);
        var objects = ofd.Objects().ToDictionary(o => (o.PageId, (int)o.Object.Attribute("ID")!), o => o.Object);
        var tagFile = ofd.Entries.Keys.Single(k => k.EndsWith("CustomTag.xml"));
        var root = ofd.Xml(tagFile);
        Assert.Equal(Tags + "Document", root.Name);
        var sb = new StringBuilder();
        var seen = new HashSet<(int, int)>();
        foreach (var r in root.Descendants(Ns + "ObjectRef"))
        {
            var key = ((int)r.Attribute("PageRef")!, int.Parse(r.Value));
            Assert.True(seen.Add(key), $"object {key} tagged twice");
            Assert.True(objects.ContainsKey(key), $"ObjectRef {key} points at no page object");
            // DocumentText leaves chart labels out (the chart tests check them): skip what a chart holds — a
            // figure with filled shapes (a placeholder's frame is only stroked); its caption is document text.
            var inChart = !r.Ancestors(Tags + "Caption").Any() && r.Ancestors(Tags + "Figure").Any(f => f.Elements(Ns + "ObjectRef")
                .Any(o => (string?)objects[((int)o.Attribute("PageRef")!, int.Parse(o.Value))].Attribute("Fill") == "true"));
            if (!inChart && objects[key].Name.LocalName == "TextObject")
                foreach (var code in objects[key].Elements(Ns + "TextCode")) sb.Append(code.Value);
        }
        Assert.Equal(DocumentText.Of(document), DocumentText.Normalize(sb.ToString()));
        // Untagged objects are artifacts only: page numbers and table rules.
        var untagged = objects.Where(o => !seen.Contains(o.Key) && o.Value.Name.LocalName == "TextObject")
            .Select(o => string.Concat(o.Value.Elements(Ns + "TextCode").Select(c => c.Value))).ToList();
        Assert.All(untagged, t => Assert.Matches(@"^—\d+—$|^\d+$|^—$", t.Replace(" ", "")));
    }

    [Fact]
    public void Structure_keeps_the_table_semantics_and_headings()
    {
        var ofd = OfdPackage.Write(SampleDocuments.Small());
        var root = ofd.Xml(ofd.Entries.Keys.Single(k => k.EndsWith("CustomTag.xml")));
        var names = root.Descendants().Where(e => e.Name.Namespace == Tags).Select(e => e.Name.LocalName).ToList();
        foreach (var type in new[] { "H1", "H2", "H3", "H4", "H5", "P", "Table", "THead", "TBody", "TR", "TH", "TD", "Figure", "Caption" })
            Assert.Contains(type, names);
        var table = root.Descendants(Tags + "Table").Single();
        Assert.Equal("收到和处理政府信息公开申请情况", (string?)table.Attribute("Summary"));
        Assert.Contains(table.Descendants(Tags + "TH"), th => (string?)th.Attribute("ColSpan") == "3");
        Assert.Contains(table.Descendants(Tags + "TH"), th => (string?)th.Attribute("RowSpan") == "2" && th.Attribute("Scope") is not null);
        Assert.Equal("历年主动公开政府信息数量柱状图", (string?)root.Descendants(Tags + "Figure").Single().Attribute("Alt"));
    }

    [Fact]
    public void Outlines_follow_the_headings_nested_by_level()
    {
        var document = SampleDocuments.Small();
        var ofd = OfdPackage.Write(document);
        var outlines = ofd.Document.Element(Ns + "Outlines")!;
        var top = outlines.Elements(Ns + "OutlineElem").Select(e => (string)e.Attribute("Title")!).ToList();
        Assert.Equal(["一、总体情况", "二、收到和处理政府信息公开申请情况"], top);
        var all = outlines.Descendants(Ns + "OutlineElem").Select(e => (string)e.Attribute("Title")!);
        Assert.Equal(document.Blocks.OfType<Heading>().Select(h => h.PlainText), all);
        var pageIds = ofd.Pages.Select(p => p.Id).ToHashSet();
        Assert.All(outlines.Descendants(Ns + "Dest"), d => Assert.Contains((int)d.Attribute("PageID")!, pageIds));
    }

    [Fact]
    public void Fonts_are_the_same_subsets_the_pdf_embeds()
    {
        var document = SampleDocuments.Small();
        var ofd = OfdPackage.Write(document);
        var pdfPrograms = PdfFontPrograms(PdfFixture.Render(document));
        var ofdFonts = ofd.Entries.Where(e => e.Key.StartsWith("Doc_0/Res/Font_")).ToList();
        Assert.NotEmpty(ofdFonts);
        Assert.Equal(pdfPrograms.Count, ofdFonts.Count);
        foreach (var (name, bytes) in ofdFonts)
        {
            Assert.True(bytes.AsSpan(0, 4).SequenceEqual(new byte[] { 0, 1, 0, 0 }) || bytes.AsSpan(0, 4).SequenceEqual("OTTO"u8), name);
            Assert.Contains(pdfPrograms, p => p.AsSpan().SequenceEqual(bytes));
        }
    }

    [Fact]
    public void Charts_are_paths_and_pictures_are_multimedia()
    {
        var charts = OfdPackage.Write(Load("charts"));
        var paths = charts.Objects().Select(o => o.Object).Where(o => o.Name.LocalName == "PathObject").ToList();
        Assert.Contains(paths, p => (string?)p.Attribute("Fill") == "true" && p.Element(Ns + "FillColor") is not null);
        Assert.Contains(paths, p => ((string)p.Element(Ns + "AbbreviatedData")!).Contains('B')); // pie arcs are Béziers
        Assert.All(paths, p => Assert.Matches(@"^M [\d.]+ [\d.]+( (M|L) [\d.]+ [\d.]+| B( [\d.]+){6}| C)*$", (string)p.Element(Ns + "AbbreviatedData")!));

        var picture = OfdPackage.Write(Load("picture"));
        var image = picture.Objects().Select(o => o.Object).Single(o => o.Name.LocalName == "ImageObject");
        var res = picture.Xml("Doc_0/DocumentRes.xml");
        var media = res.Descendants(Ns + "MultiMedia").Single();
        Assert.Equal((string)image.Attribute("ResourceID")!, (string)media.Attribute("ID")!);
        Assert.Equal("Image", (string?)media.Attribute("Type"));
        Assert.Equal("PNG", (string?)media.Attribute("Format"));
        var file = Resolve("Doc_0/DocumentRes.xml", (string)media.Element(Ns + "MediaFile")!, (string)res.Attribute("BaseLoc")!);
        Assert.Equal(Png(), picture.Entries[file]);
        var box = Numbers((string)image.Attribute("Boundary")!);
        Assert.Equal($"{box[2]:0.###} 0 0 {box[3]:0.###} 0 0", (string?)image.Attribute("CTM"));
    }

    [Fact]
    public void Links_become_click_actions_over_their_area()
    {
        var ofd = OfdPackage.Write(StructureTreeTests.WithLinks());
        var uris = ofd.Pages.SelectMany(p => ofd.Xml(p.Path).Descendants(Ns + "URI")).Select(u => (string)u.Attribute("URI")!).ToList();
        Assert.Contains("http://www.example.gov.cn/xxgk/ndbg/2023/index.html", uris);
        Assert.Contains(uris, u => u.Contains("www.gov.cn"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Same_document_same_bytes(string which)
    {
        var first = OfdPackage.Write(Load(which)).Bytes;
        var again = OfdPackage.Write(Load(which)).Bytes;
        using var fresh = new MemoryStream();
        new Writers.Ofd.OfdWriter(new ReportGen.Documents.Fonts.FontOptions { UseInstalledFonts = false }).Write(Load(which), fresh);
        Assert.Equal(first, again);
        Assert.Equal(first, fresh.ToArray());
    }

    /// <summary>The decompressed FontFile2/FontFile3 programs of a PDF (found by their /Length1 or /Subtype /OpenType dictionaries).</summary>
    private static List<byte[]> PdfFontPrograms(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var result = new List<byte[]>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"<<(/Length1 \d+|/Subtype /OpenType) /Filter /FlateDecode /Length (\d+)>>\nstream\n"))
        {
            var start = m.Index + m.Length;
            var length = int.Parse(m.Groups[2].Value);
            using var z = new ZLibStream(new MemoryStream(pdf, start, length), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            z.CopyTo(ms);
            result.Add(ms.ToArray());
        }
        return result;
    }

    private static ReportDocument WithPicture()
    {
        var doc = SampleDocuments.Small();
        var figure = new Figure(new ImageFigure([.. Png()], "image/png", 200, 100), "办公场所", "政务服务中心大厅照片", 2);
        return doc with { Blocks = doc.Blocks.Insert(3, figure) };
    }

    /// <summary>A 4×2 RGB PNG made by hand (filter 0 scanlines, zlib).</summary>
    private static byte[] Png()
    {
        var raw = new MemoryStream();
        for (var y = 0; y < 2; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < 4; x++) raw.Write([(byte)(x * 60), (byte)(y * 120), 200]);
        }
        var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.Optimal, true)) zs.Write(raw.ToArray());
        var ms = new MemoryStream();
        ms.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var len = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
            ms.Write(len);
            ms.Write(Encoding.ASCII.GetBytes(type));
            ms.Write(data);
            ms.Write(new byte[4]);
        }
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, 4);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), 2);
        ihdr[8] = 8;
        ihdr[9] = 2;
        Chunk("IHDR", ihdr);
        Chunk("IDAT", z.ToArray());
        Chunk("IEND", []);
        return ms.ToArray();
    }
}
