using System.Text;
using System.Xml;
using ReportGen.Documents.Writers.Docx;

namespace ReportGen.Documents.Tests.Docx;

/// <summary>
/// WordXml writes by hand what XmlWriter wrote before it: the same calls through both give the same bytes, for text
/// and attribute values with markup characters, quotes, tabs, line ends, CJK and characters outside the BMP; a
/// character XML cannot carry is refused by both.
/// </summary>
public sealed class WordXmlCheckTests
{
    private const string Xml = "http://www.w3.org/XML/1998/namespace";

    public static TheoryData<string> Texts() => new()
    {
        "",
        "plain",
        "政府信息公开工作年度报告",
        "a < b > c & d \"quoted\" 'single'",
        "tab\there",
        "line\nfeed",
        "cr\rlf\r\nend\r",
        "\r\n\r\n",
        "&amp; already escaped",
        "emoji 😀 and 𠀀 outside the BMP",
        "]]> and <![CDATA[",
        "trailing space ",
        "\u00A0non-breaking\u3000ideographic",
        "lone \uD800 high surrogate",
        "lone \uDC00 low surrogate",
        "swapped \uDC00\uD800 pair",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_and_attributes_are_written_as_XmlWriter_writes_them(string value)
    {
        var expected = Reference(w =>
        {
            w.WriteStartElement("w", "p", WordXml.W);
            w.WriteAttributeString("w", "val", WordXml.W, value);
            w.WriteStartElement("w", "t", WordXml.W);
            w.WriteAttributeString("xml", "space", Xml, "preserve");
            w.WriteString(value);
            w.WriteEndElement();
            w.WriteStartElement("wp", "docPr", WordXml.WP);
            w.WriteAttributeString("descr", value);
            w.WriteAttributeString("r", "id", WordXml.R, "rId1");
            w.WriteEndElement();
            w.WriteEndElement();
        });
        var actual = Ours(x =>
        {
            x.Start("p");
            x.Attribute("val", value);
            x.Text(value);
            x.Start("wp", "docPr", WordXml.WP);
            x.Plain("descr", value);
            x.Relationship("id", "rId1");
            x.End();
            x.End();
        });
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Nesting_and_empty_elements_are_written_as_XmlWriter_writes_them()
    {
        var expected = Reference(w =>
        {
            w.WriteStartElement("w", "tbl", WordXml.W);
            w.WriteStartElement("w", "tblPr", WordXml.W);
            w.WriteStartElement("w", "tblW", WordXml.W);
            w.WriteAttributeString("w", "w", WordXml.W, "5000");
            w.WriteAttributeString("w", "type", WordXml.W, "pct");
            w.WriteEndElement();
            w.WriteStartElement("w", "b", WordXml.W);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("a", "graphic", WordXml.A);
            w.WriteStartElement("pic", "pic", WordXml.Pic);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });
        var actual = Ours(x =>
        {
            x.Start("tbl");
            x.Start("tblPr");
            x.Start("tblW");
            x.Attribute("w", 5000);
            x.Attribute("type", "pct");
            x.End();
            x.Empty("b");
            x.End();
            x.Start("a", "graphic", WordXml.A);
            x.Start("pic", "pic", WordXml.Pic);
            x.End();
            x.End();
            x.End();
        });
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
    }

    [Theory]
    [InlineData("form\ffeed")]
    [InlineData("nul\0")]
    [InlineData("not a character \uFFFF")]
    public void A_character_XML_cannot_carry_is_refused_as_XmlWriter_refuses_it(string value)
    {
        Assert.ThrowsAny<ArgumentException>(() => Reference(w =>
        {
            w.WriteStartElement("w", "t", WordXml.W);
            w.WriteString(value);
            w.WriteEndElement();
        }));
        Assert.ThrowsAny<ArgumentException>(() => Ours(x => x.Text(value)));
        Assert.ThrowsAny<ArgumentException>(() => Ours(x =>
        {
            x.Start("p");
            x.Attribute("val", value);
            x.End();
        }));
    }

    private static byte[] Ours(Action<WordXml> body)
    {
        using var xml = new WordXml();
        body(xml);
        return xml.Finish().ToArray();
    }

    /// <summary>What WordXml wrote when it wrapped XmlWriter: the same declaration and root.</summary>
    private static byte[] Reference(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("w", "document", WordXml.W);
            foreach (var (prefix, uri) in new[] { ("w", WordXml.W), ("r", WordXml.R), ("wp", WordXml.WP), ("a", WordXml.A), ("pic", WordXml.Pic), ("c", WordXml.C) })
                w.WriteAttributeString("xmlns", prefix, null, uri);
            body(w);
            w.WriteEndElement();
        }
        return buffer.ToArray();
    }
}
