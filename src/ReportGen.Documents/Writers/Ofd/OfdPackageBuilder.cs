using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Writers.Packaging;
using static ReportGen.Documents.Writers.Ofd.OfdUnits;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// Writes one laid-out document as an OFD package: OFD.xml (DocBody, DocInfo), Doc_0/Document.xml
/// (CommonData, pages, outline, custom tags), PublicRes.xml (colour space, fonts) and DocumentRes.xml
/// (pictures) with their files in Res/, one Pages/Page_N/Content.xml per page, and the logical
/// structure in Tags/. One instance per document.
/// </summary>
internal sealed class OfdPackageBuilder(ReportDocument document, LayoutResult layout)
{
    public const string Creator = "ReportGen";
    public const string DocRoot = "Doc_0/Document.xml";

    private readonly OfdIds _ids = new();

    public void Write(Stream output)
    {
        var parts = new List<(string Name, ReadOnlyMemory<byte> Content)>();
        var colourSpace = _ids.Next();
        var fonts = OfdFont.Collect(layout, _ids);
        var images = OfdImage.Collect(layout, _ids);
        var pageWriter = new OfdPageWriter(fonts, images, _ids);
        // Layout always makes at least one page; the first page's size is the document's PageArea.
        var first = layout.Pages[0];
        var pages = new List<OfdPage>(layout.Pages.Count);
        foreach (var frame in layout.Pages)
        {
            var page = pageWriter.Write(frame, frame.Width != first.Width || frame.Height != first.Height);
            pages.Add(page);
            parts.Add(($"Doc_0/Pages/Page_{pages.Count - 1}/Content.xml", page.Content));
        }

        parts.Add(("OFD.xml", OfdXml.Part(WriteEntry)));
        parts.Add(("Doc_0/PublicRes.xml", OfdXml.Part(w => WritePublicRes(w, colourSpace, fonts.Values))));
        foreach (var font in fonts.Values)
        {
            // The same subset arrays recur across a batch: compress each once.
            DeterministicZip.MarkStatic(font.Program);
            parts.Add(("Doc_0/Res/" + font.FileName, font.Program));
        }
        var distinctImages = images.Values.Distinct().OrderBy(i => i.Id).ToList();
        if (distinctImages.Count > 0)
        {
            parts.Add(("Doc_0/DocumentRes.xml", OfdXml.Part(w => WriteDocumentRes(w, distinctImages))));
            foreach (var image in distinctImages) parts.Add(("Doc_0/Res/" + image.FileName, image.Source.Data.ToArray()));
        }
        parts.Add(("Doc_0/Tags/CustomTags.xml", OfdXml.Part(OfdStructure.WriteIndex)));
        parts.Add(("Doc_0/Tags/" + OfdStructure.FileName, OfdStructure.Write(layout.Structure, layout.StructCount, pages)));
        // Last: MaxUnitID is known only when every resource, page and object has its ID.
        parts.Add((DocRoot, OfdXml.Part(w => WriteDocument(w, colourSpace, pages, distinctImages.Count > 0, first))));

        DeterministicZip.Write(parts, output, (document.Metadata.Date ?? new DateOnly(1980, 1, 1)).ToDateTime(TimeOnly.MinValue), firstEntry: "OFD.xml");
    }

    /// <summary>OFD.xml: the package entry, one DocBody with the document's metadata.</summary>
    private void WriteEntry(XmlWriter w)
    {
        var m = document.Metadata;
        w.StartRoot("OFD");
        w.Attr("Version", "1.0");
        w.Attr("DocType", "OFD");
        w.Start("DocBody");
        w.Start("DocInfo");
        // 32 hex digits from the report's identity, never random: the same report gets the same DocID.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{m.Identifier}\n{m.Title}\n{m.Date:yyyy-MM-dd}\n{m.Author}"));
        w.Element("DocID", Convert.ToHexString(hash, 0, 16).ToLowerInvariant());
        if (m.Title.Length > 0) w.Element("Title", m.Title);
        if (m.Author.Length > 0) w.Element("Author", m.Author);
        if (m.Subject.Length > 0) w.Element("Subject", m.Subject);
        // 成文日期 only: a report without one gets no CreationDate rather than a made-up date.
        if (m.Date is { } date) w.Element("CreationDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.Element("DocUsage", "Normal");
        if (m.Keywords.Length > 0)
        {
            w.Start("Keywords");
            foreach (var k in m.Keywords) w.Element("Keyword", k);
            w.End();
        }
        w.Element("Creator", Creator);
        w.Start("CustomDatas");
        w.Start("CustomData");
        w.Attr("Name", "Language");
        w.WriteString(m.Language);
        w.End();
        w.End();
        w.End();
        w.Element("DocRoot", DocRoot);
        w.End();
        w.End();
    }

    private void WriteDocument(XmlWriter w, int colourSpace, List<OfdPage> pages, bool hasDocumentRes, PageFrame first)
    {
        w.StartRoot("Document");
        w.Start("CommonData");
        w.Element("MaxUnitID", _ids.Max.ToString(CultureInfo.InvariantCulture));
        w.Start("PageArea");
        w.Element("PhysicalBox", Box(0, 0, first.Width, first.Height));
        w.End();
        w.Element("PublicRes", "PublicRes.xml");
        if (hasDocumentRes) w.Element("DocumentRes", "DocumentRes.xml");
        w.Element("DefaultCS", colourSpace.ToString(CultureInfo.InvariantCulture));
        w.End();
        w.Start("Pages");
        for (var i = 0; i < pages.Count; i++)
        {
            w.Start("Page");
            w.Attr("ID", pages[i].Id);
            w.Attr("BaseLoc", $"Pages/Page_{i}/Content.xml");
            w.End();
        }
        w.End();
        OfdOutline.Write(w, layout.Outline, pages);
        w.Start("VPreferences");
        w.Element("PageMode", layout.Outline.Count > 0 ? "UseOutlines" : "None");
        w.Element("TabDisplay", "DocTitle");
        w.End();
        w.Element("CustomTags", "Tags/CustomTags.xml");
        w.End();
    }

    /// <summary>Resources every page uses: the RGB colour space (DefaultCS) and the embedded fonts.</summary>
    private static void WritePublicRes(XmlWriter w, int colourSpace, IEnumerable<OfdFont> fonts)
    {
        w.StartRoot("Res");
        w.Attr("BaseLoc", "Res");
        w.Start("ColorSpaces");
        w.Start("ColorSpace");
        w.Attr("ID", colourSpace);
        w.Attr("Type", "RGB");
        w.End();
        w.End();
        var list = fonts.OrderBy(f => f.Id).ToList();
        if (list.Count > 0)
        {
            w.Start("Fonts");
            foreach (var font in list)
            {
                w.Start("Font");
                w.Attr("ID", font.Id);
                w.Attr("FontName", font.FontName);
                w.Attr("FamilyName", font.FamilyName);
                if (font.Bold) w.Attr("Bold", "true");
                w.Element("FontFile", font.FileName);
                w.End();
            }
            w.End();
        }
        w.End();
    }

    private static void WriteDocumentRes(XmlWriter w, List<OfdImage> images)
    {
        w.StartRoot("Res");
        w.Attr("BaseLoc", "Res");
        w.Start("MultiMedias");
        foreach (var image in images)
        {
            w.Start("MultiMedia");
            w.Attr("ID", image.Id);
            w.Attr("Type", "Image");
            w.Attr("Format", image.Format);
            w.Element("MediaFile", image.FileName);
            w.End();
        }
        w.End();
        w.End();
    }
}
