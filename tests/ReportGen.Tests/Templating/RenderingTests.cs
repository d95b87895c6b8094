using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

public class RenderingTests
{
    private static ReportModel Model(string yaml, FormatCatalog? formats = null)
    {
        var bag = new DiagnosticBag();
        var model = Models.Read(formats ?? TempWorkspace.Formats, "/data/testzone/2018.yaml", Encoding.UTF8.GetBytes(yaml), bag);
        Assert.Empty(bag.Items.Where(d => d.IsError));
        return model!;
    }

    [Fact]
    public void User_text_with_markup_and_template_syntax_appears_literally()
    {
        const string hostile = "<script>alert('x')</script> {{ report.title }} &amp; <h1>假标题</h1> \"引号\"";
        var yaml = Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。", "      - '" + hostile.Replace("'", "''") + "'");
        var bag = new DiagnosticBag();
        var document = new ReportRenderer(TempWorkspace.Formats).Render(Model(yaml), bag);
        Assert.Empty(bag.Items);
        var paragraphs = document!.Blocks.OfType<Paragraph>().Select(p => p.PlainText).ToList();
        Assert.Contains(hostile, paragraphs);
        Assert.Equal(1, document.Blocks.OfType<Heading>().Count());
    }

    [Fact]
    public void Control_and_bidi_characters_are_dropped()
    {
        var yaml = Yaml.MinimalPre2019.Replace("全区主动公开政府信息100条", "全区\u202E主动公开\u0007政府信息100条");
        var document = new ReportRenderer(TempWorkspace.Formats).Render(Model(yaml), new DiagnosticBag());
        Assert.Contains("2018年，全区主动公开政府信息100条。", document!.Blocks.OfType<Paragraph>().Select(p => p.PlainText));
    }

    [Fact]
    public void Document_follows_the_data_order_and_levels()
    {
        var yaml = Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。", """
                  - 段落一。
                  - heading: （一）分项
                    body:
                      - 段落二。
                      - heading: 1.细项
                        body: [段落三。]
                  - figure: 统计图
            """.TrimEnd());
        var document = new ReportRenderer(TempWorkspace.Formats).Render(Model(yaml), new DiagnosticBag())!;
        var dump = DocumentDumper.Dump(document);
        var order = new[] { "title", "h1 一、概述", "p 段落一。", "h2 （一）分项", "p 段落二。", "h3 1.细项", "p 段落三。", "figure PlaceholderFigure 统计图", "signature 测试区人民政府 date=2019年3月1日" };
        var last = -1;
        foreach (var expected in order)
        {
            var at = dump.IndexOf(expected, StringComparison.Ordinal);
            Assert.True(at > last, $"'{expected}' missing or out of order in:\n{dump}");
            last = at;
        }
        Assert.Equal("测试区人民政府", document.Metadata.Author);
        Assert.Equal(new DateOnly(2019, 3, 1), document.Metadata.Date);
        Assert.NotNull(document.Blocks.OfType<Paragraph>().First().Span);
    }

    private static FormatCatalog CatalogWithTemplate(string folder, string template)
    {
        var root = Path.Combine(folder, "templates");
        Directory.CreateDirectory(Path.Combine(root, "pre2019"));
        File.Copy(Path.Combine(Repo.Templates, "pre2019", "format.yaml"), Path.Combine(root, "pre2019", "format.yaml"));
        File.WriteAllText(Path.Combine(root, "pre2019", "report.sbn"), template);
        return new FormatCatalog(root);
    }

    [Fact]
    public void Unknown_markup_element_points_into_the_template()
    {
        using var ws = new TempWorkspace();
        var catalog = CatalogWithTemplate(ws.Root, "<report title=\"x\">\n<p>正文</p>\n  <para>{{ report.title }}</para>\n</report>\n");
        var bag = new DiagnosticBag();
        var document = new ReportRenderer(catalog).Render(Model(Yaml.MinimalPre2019, catalog), bag);
        Assert.Null(document);
        var d = Assert.Single(bag.Items);
        Assert.Equal("E0203", d.RuleId);
        Assert.EndsWith("report.sbn", d.Span!.File);
        Assert.Equal(3, d.Span.Line);
        Assert.Equal(3, d.Span.Column);
        Assert.Contains("<para>", d.Message);
    }

    [Fact]
    public void Undefined_variable_is_an_error_not_an_empty_string()
    {
        using var ws = new TempWorkspace();
        var catalog = CatalogWithTemplate(ws.Root, "<report title=\"x\">\n<p>{{ report.titel }}</p>\n</report>\n");
        var bag = new DiagnosticBag();
        Assert.Null(new ReportRenderer(catalog).Render(Model(Yaml.MinimalPre2019, catalog), bag));
        var d = Assert.Single(bag.Items);
        Assert.True(d.RuleId == "E0202", d.ToString());
        Assert.Equal(2, d.Span!.Line);
        Assert.Contains("titel", d.Message);
    }

    [Fact]
    public void Template_syntax_errors_are_reported_with_position()
    {
        using var ws = new TempWorkspace();
        var catalog = CatalogWithTemplate(ws.Root, "<report title=\"x\">\n{{ for x in }}\n</report>\n");
        var bag = new DiagnosticBag();
        Assert.Null(new ReportRenderer(catalog).Render(Model(Yaml.MinimalPre2019, catalog), bag));
        Assert.Contains(bag.Items, d => d.RuleId == "E0201" && d.Span!.Line == 2);
    }

    [Fact]
    public void Includes_cannot_leave_the_template_folder()
    {
        using var ws = new TempWorkspace();
        var catalog = CatalogWithTemplate(ws.Root, "<report title=\"x\">{{ include '../../../etc/passwd' }}</report>");
        var bag = new DiagnosticBag();
        Assert.Null(new ReportRenderer(catalog).Render(Model(Yaml.MinimalPre2019, catalog), bag));
        Assert.Contains(bag.Items, d => d.Message.Contains("只能引用模板文件夹内的文件"));
    }

    [Fact]
    public void Markup_parser_reads_spans_and_tables()
    {
        var markup = """
            <report title="t" author="a" date="2020-01-02" id="x/2019">
              <table summary="s"><col weight="2"/><col/>
                <thead><tr><th rowspan="2">项目</th><th>数</th></tr><tr><th>件</th></tr></thead>
                <tbody><tr><td>甲</td><td align="right">1</td></tr></tbody>
              </table>
              <p kind="note">注：<b>重要</b><br/>第二行</p>
            </report>
            """;
        var document = new MarkupParser(_ => null).Parse(markup, "m", new DiagnosticBag())!;
        var table = Assert.IsType<Table>(document.Blocks[0]);
        Assert.Equal(2, table.Columns.Length);
        Assert.Equal(2, table.Columns[0].Weight);
        Assert.Equal(2, table.HeaderRows[0].Cells[0].RowSpan);
        Assert.True(table.HeaderRows[0].Cells[0].IsHeader);
        Assert.Equal(CellAlignment.Right, table.BodyRows[0].Cells[1].Align);
        var note = Assert.IsType<Paragraph>(document.Blocks[1]);
        Assert.Equal(ParagraphKind.Note, note.Kind);
        Assert.Equal("注：重要\n第二行", note.PlainText);
        Assert.True(((Text)note.Content[1]).Strong);
    }
}
