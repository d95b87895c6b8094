using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// Whatever a data file's text contains (template syntax, HTML, Word field codes, markup of our own
/// report language, bidi and C0 controls) arrives as the same visible text in every format, and runs nowhere.
/// </summary>
public class InjectionTests : IDisposable
{
    private const string Scriban = "{{ 7 * 7 }}{% if true %}是{% end %}{{ report.GetType }}{{ include '/etc/passwd' }}";
    private const string Html = "<script>alert(1)</script><iframe src=\"http://x\"></iframe><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">点</a>";
    private const string FieldCodes = "{ INCLUDEPICTURE \"http://x/a.png\" \\d }{ MERGEFIELD 姓名 }{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe }";
    private const string WordXml = "<w:fldSimple w:instr=\" INCLUDEPICTURE http://x \"><w:r><w:t>伪</w:t></w:r></w:fldSimple><w:instrText>HYPERLINK</w:instrText>";
    private const string OwnMarkup = "</p><h1 at=\"x\">伪造标题</h1><pagebreak/><p kind=\"centered\">";
    private const string Controls = "甲\u202E乙\u202C丙\u2066丁\u2069戊\u200F己\u0007庚\u001B辛\u0001壬";
    private static readonly string[] Payloads = { Scriban, Html, FieldCodes, WordXml, OwnMarkup };

    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>Every payload as a paragraph, the heading, the signature and a table cell; controls as YAML escapes.</summary>
    private string WriteHostileReport()
    {
        static string Q(string s) => "'" + s.Replace("'", "''") + "'";
        var paragraphs = string.Concat(Payloads.Select(p => $"      - {Q(p)}\n")) + "      - \"甲\\u202E乙\\u202C丙\\u2066丁\\u2069戊\\u200F己\\a庚\\e辛\\x01壬\"\n";
        var yaml = Yaml.MinimalPre2019
            .Replace("      - 2018年，全区主动公开政府信息100条。\n", paragraphs + "      - table: { header: [" + Q(Html) + "], rows: [[" + Q(FieldCodes) + "]] }\n")
            .Replace("  - heading: 一、概述", "  - heading: " + Q("一、" + Html + WordXml))
            .Replace("signature: [测试区人民政府]", "signature: [" + Q("测试区" + Scriban) + "]");
        return _ws.Write("testzone", 2018, yaml);
    }

    private (string Dump, byte[] Docx, string Html) BuildAll()
    {
        var file = WriteHostileReport();
        var result = TempWorkspace.Pipeline(new DumpWriter(), new DocxWriter(), new HtmlWriter()).Build(file, _ws.Out);
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics));
        var stem = Path.Combine(_ws.Out, "testzone", "2018");
        return (File.ReadAllText(stem + ".txt"), File.ReadAllBytes(stem + ".docx"), File.ReadAllText(stem + ".html"));
    }

    [Fact]
    public void The_document_model_holds_every_payload_as_literal_text()
    {
        var (dump, _, _) = BuildAll();
        foreach (var payload in Payloads.Append(Html).Append(FieldCodes))
            Assert.Contains(payload, dump);
        Assert.DoesNotContain("49", dump);
        Assert.Contains("甲乙丙丁戊己庚辛壬", dump);
        Assert.DoesNotContain(dump, MarkupEscaper.IsDropped);
    }

    [Fact]
    public void The_docx_has_no_field_but_the_footer_page_numbers()
    {
        var (_, docx, _) = BuildAll();
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = package.MainDocumentPart!;
        Assert.Empty(main.Document.Descendants<SimpleField>());
        Assert.Empty(main.Document.Descendants<FieldCode>());
        Assert.Empty(main.Document.Descendants<FieldChar>());
        Assert.Empty(main.Document.Descendants<Hyperlink>());
        Assert.Empty(main.ExternalRelationships);
        Assert.Empty(main.HyperlinkRelationships);
        foreach (var footer in main.FooterParts)
        {
            Assert.Empty(footer.Footer.Descendants<SimpleField>());
            Assert.All(footer.Footer.Descendants<FieldCode>(), f => Assert.Equal("PAGE", f.Text.Trim()));
        }
        var text = string.Concat(main.Document.Descendants<Text>().Select(t => t.Text));
        Assert.Contains(FieldCodes, text);
        Assert.Contains(WordXml, text);
        Assert.Contains(Scriban, text);
        Assert.Contains("甲乙丙丁戊己庚辛壬", text);
        Assert.DoesNotContain(text, MarkupEscaper.IsDropped);
    }

    [Fact]
    public void The_html_has_no_script_frame_or_handler_and_shows_the_text()
    {
        var (_, _, html) = BuildAll();
        var dom = new HtmlParser().ParseDocument(html);
        Assert.Empty(dom.QuerySelectorAll("script, iframe, object, embed, base, form"));
        Assert.Empty(dom.QuerySelectorAll("a[href^='javascript'], img[src^='http'], [src^='javascript']"));
        Assert.All(dom.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        var text = dom.Body!.TextContent;
        foreach (var payload in Payloads) Assert.Contains(payload, text);
        Assert.Contains("甲乙丙丁戊己庚辛壬", text);
        Assert.DoesNotContain(text, MarkupEscaper.IsDropped);
    }
}
