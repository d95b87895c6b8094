using System.Security;
using System.Text;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// The XMP packet: Dublin Core properties in the array forms PDF/A requires, the PDF/A-2a and
/// PDF/UA-1 identification, and the extension schema PDF/A-2 demands for the pdfuaid namespace.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Build(DocumentMetadata m, string? isoDate, string uuid, string producer)
    {
        static string E(string s) => SecurityElement.Escape(s) ?? "";
        var sb = new StringBuilder(4096);
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
          .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
          .Append("<dc:format>application/pdf</dc:format>\n")
          .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(m.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
          .Append("<dc:creator><rdf:Seq><rdf:li>").Append(E(m.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n")
          .Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(E(m.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n")
          .Append("<dc:language><rdf:Bag><rdf:li>").Append(E(m.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
          .Append("</rdf:Description>\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
          .Append("<pdf:Producer>").Append(E(producer)).Append("</pdf:Producer>\n")
          .Append("<pdf:Keywords>").Append(E(string.Join("; ", m.Keywords))).Append("</pdf:Keywords>\n")
          .Append("</rdf:Description>\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
          .Append("<xmp:CreatorTool>").Append(E(producer)).Append("</xmp:CreatorTool>\n");
        if (isoDate is not null)
            sb.Append("<xmp:CreateDate>").Append(isoDate).Append("</xmp:CreateDate>\n")
              .Append("<xmp:ModifyDate>").Append(isoDate).Append("</xmp:ModifyDate>\n")
              .Append("<xmp:MetadataDate>").Append(isoDate).Append("</xmp:MetadataDate>\n");
        sb.Append("</rdf:Description>\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
          .Append("<xmpMM:DocumentID>uuid:").Append(uuid).Append("</xmpMM:DocumentID>\n")
          .Append("<xmpMM:InstanceID>uuid:").Append(uuid).Append("</xmpMM:InstanceID>\n")
          .Append("</rdf:Description>\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
          .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
          .Append("</rdf:Description>\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
          .Append("<pdfuaid:part>1</pdfuaid:part>\n")
          .Append("</rdf:Description>\n")
          .Append(ExtensionSchema)
          .Append("</rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets an editor update the packet in place, as XMP recommends.
        sb.Append(' ', 1024).Append("\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private const string ExtensionSchema =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" " +
        "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n" +
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" +
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n" +
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n" +
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n" +
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" +
        "<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n" +
        "<pdfaProperty:category>internal</pdfaProperty:category>\n" +
        "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n" +
        "</rdf:li></rdf:Seq></pdfaSchema:property>\n" +
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
}
