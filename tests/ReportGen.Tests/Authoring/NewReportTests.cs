using ReportGen.Authoring;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Tests.Support;
using ReportGen.Parsing;

namespace ReportGen.Tests.Authoring;

public class NewReportTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly FormatCatalog _formats;

    public NewReportTests()
    {
        // The repository's templates plus a small format whose request table links 结转下年度 → 上年结转.
        var templates = Path.Combine(_ws.Root, "templates");
        foreach (var f in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Repo.Templates, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        Directory.CreateDirectory(Path.Combine(templates, "carrytest"));
        File.WriteAllText(Path.Combine(templates, "carrytest", "format.yaml"), CarryFormat);
        _formats = new FormatCatalog(templates);
    }

    public void Dispose() => _ws.Dispose();

    private const string CarryFormat = """
        id: carrytest
        name: 结转测试格式
        outline: free
        rules: []
        tables:
          - id: t1
            name: 主动公开
            columns: [{ key: value, label: 数量 }]
            rows:
              - { key: x, label: 规章, unit: 件 }
          - id: t3
            name: 收到和处理申请情况
            carry_over: { from_row: carried_forward, to_row: carried_over }
            columns:
              - { key: person, label: 自然人 }
              - { key: org, label: 法人或其他组织 }
              - { key: total, label: 总计, derived: "person + org" }
            rows:
              - { key: new_received, label: 一、本年新收申请数量, unit: 件 }
              - { key: carried_over, label: 二、上年结转申请数量, unit: 件 }
              - { key: carried_forward, label: 四、结转下年度继续办理, unit: 件 }
        """;

    private const string Previous2020 = """
        # yaml-language-server: $schema=../../templates/reportgen.schema.json
        format: carrytest
        agency:
          id: testzone
          name: "测试区人民政府: 办公室"
          kind: department
          level: city
        year: 2020
        title: [测试区2020年政府信息公开工作年度报告]
        date: 2021-01-20
        date_placement: under_title
        signature: [测试区人民政府, "* 星号开头的署名"]
        contact:
          office: 测试区政务公开办 # 注释
          postcode: "132011"
          phone: "0432—64837815"
          email: gk@example.gov.cn
        preamble: 根据《条例》编制本报告。
        sections:
          - heading: 一、总体情况
            body:
              - 2020年主动公开${t1.x.value}件。
              - figure: 历年统计图
              - heading: （一）主动公开
                body:
                  - 第一段。
                  - "第二段: 含冒号"
              - table: { header: [网站, 微信], rows: [[650条, "5,25条"]] }
          - heading: 二、存在的问题
            body: [问题一。]
        statistics:
          t1: { x: 7 }
          t3:
            new_received: { person: 9, org: 1 }
            carried_over: { person: 1 }
            carried_forward: { person: 2, org: 4 }
        acknowledge:
          - { rule: R16, reason: 原报告如此公布 }
        """;

    private string WritePrevious() => _ws.Write("testzone", 2020, Previous2020);

    [Fact]
    public void New_year_carries_facts_empties_counts_and_fills_carry_over()
    {
        var previousFile = WritePrevious();
        var previous = Models.Read(_formats, previousFile, new DiagnosticBag());
        Assert.NotNull(previous);

        var result = NewReport.Create(Path.Combine(_ws.Root, "data"), "testzone", 2021, _formats);
        Assert.True(result.Ok, result.Message);
        var text = File.ReadAllText(result.File!);
        Assert.StartsWith(NextYearWriter.SchemaModeline + "\n", text);

        var diagnostics = new DiagnosticBag();
        var next = Models.Read(_formats, result.File!, diagnostics);
        Assert.True(next is not null, string.Join("\n", diagnostics.Items));
        Assert.Equal(2021, next!.Year);
        Assert.Equal(previous!.Agency, next.Agency);
        Assert.Equal(previous.Contact, next.Contact);
        Assert.Equal(previous.Signature.ToArray(), next.Signature.ToArray());
        Assert.Equal(previous.DatePlacement, next.DatePlacement);
        Assert.Equal(new[] { "测试区2021年政府信息公开工作年度报告" }, next.TitleLines.ToArray());
        Assert.Null(next.Date);
        Assert.Empty(next.Acknowledgements);

        // Counts are empty, except 上年结转, which is last year's 结转下年度 cell by cell.
        // (A skipped cell of a table whose format says "zero" reads back as 0.)
        Assert.Equal(0m, next.Statistics.Find("t1")!.Cell("x", "value").Value);
        Assert.Equal(0m, next.Statistics.Find("t3")!.Cell("new_received", "person").Value);
        Assert.Equal(2m, next.Statistics.Find("t3")!.Cell("carried_over", "person").Entered);
        Assert.Equal(4m, next.Statistics.Find("t3")!.Cell("carried_over", "org").Entered);
        Assert.Contains("由 2020.yaml 的“四、结转下年度继续办理”带入", text);

        // Headings stay; every block of text is a marked draft with last year's text as a comment.
        Assert.Equal(previous.Sections.Select(s => s.Heading), next.Sections.Select(s => s.Heading));
        Assert.Equal("（一）主动公开", Assert.IsType<ReportGen.Loading.Section>(next.Sections[0].Body.OfType<ReportGen.Loading.Section>().Single()).Heading);
        var drafts = new ReportLoader(_formats).Load(result.File!).Drafts;
        Assert.Equal(new[] { "preamble", "sections[0].body[0]", "sections[0].body[1].body[0]", "sections[1].body[0]" }, drafts.Select(d => d.Path));
        Assert.Contains("#   第二段: 含冒号", text);
        Assert.Contains("#   - figure: 历年统计图", text);
        Assert.Contains("#         - [650条, \"5,25条\"]", text);
        Assert.Contains("#   2020年主动公开${t1.x.value}件。", text);
    }

    [Fact]
    public void Drafts_warn_in_check_and_stop_build()
    {
        WritePrevious();
        var result = NewReport.Create(Path.Combine(_ws.Root, "data"), "testzone", 2021, _formats);
        var pipeline = new ReportPipeline(_formats, new IDocumentWriter[] { new DumpWriter() });
        var check = pipeline.Check(result.File!).Diagnostics;
        Assert.DoesNotContain(check, d => d.IsError);
        Assert.Equal(4, check.Count(d => d.RuleId == Catalog.Codes.Draft.Id && d.Severity == Severity.Warning));

        var build = pipeline.Build(result.File!, _ws.Out);
        Assert.True(build.Failed);
        Assert.Contains(build.Diagnostics, d => d.RuleId == Catalog.Codes.Draft.Id && d.IsError);
        Assert.Empty(build.Outputs);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        WritePrevious();
        var existing = _ws.Write("testzone", 2021, "# 已经开始写的文件\n");
        var result = NewReport.Create(Path.Combine(_ws.Root, "data"), "testzone", 2021, _formats);
        Assert.False(result.Ok);
        Assert.Contains("已存在，不会覆盖", result.Message);
        Assert.Equal("# 已经开始写的文件\n", File.ReadAllText(existing));

        var cli = CliRunner.Run(_ws.Root, "new", "testzone", "2021", "--templates", Path.Combine(_ws.Root, "templates"));
        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("已存在，不会覆盖", cli.Output);
        Assert.Equal("# 已经开始写的文件\n", File.ReadAllText(existing));
    }

    [Fact]
    public void New_without_last_year_explains_what_to_do()
    {
        var result = NewReport.Create(Path.Combine(_ws.Root, "data"), "testzone", 2021, _formats);
        Assert.False(result.Ok);
        Assert.Contains("找不到上一年度的数据文件", result.Message);
        Assert.False(NewReport.Create(Path.Combine(_ws.Root, "data"), "Test Zone", 2021, _formats).Ok);
    }

    [Fact]
    public void Pre2019_new_year_has_no_carry_over_and_matches_the_schema()
    {
        var example = WorkspaceExample.For("pre2019")!;
        _ws.Write(WorkspaceExample.Agency, example.Year, example.Data);
        var cli = CliRunner.Run(_ws.Root, "new", WorkspaceExample.Agency, "2019", "--templates", Repo.Templates);
        Assert.Equal(0, cli.ExitCode);
        var file = Path.Combine(_ws.Root, "data", WorkspaceExample.Agency, "2019.yaml");
        var text = File.ReadAllText(file);
        Assert.DoesNotContain("带入", text);
        Assert.Contains("\n  a1:   # ", text);
        var model = Models.Read(TempWorkspace.Formats, file, new DiagnosticBag());
        Assert.NotNull(model);
        Assert.All(model!.Statistics.Find("stats")!.Definition.Rows.Where(r => r.Data && r.Derived is null),
            r => Assert.False(model.Statistics.Find("stats")!.Cell(r.Key, "value").IsReported));

        var schema = NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Repo.Templates, SchemaGenerator.FileName))).GetAwaiter().GetResult();
        Assert.Empty(schema.Validate(YamlJson.Convert(text)!.ToJsonString()));
    }

    [Fact]
    public void A_last_year_file_with_mistakes_still_starts_the_new_year()
    {
        // Last year lacks year and statistics and has an unknown key: staff still get a complete new file.
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("year: 2018\n", "").Replace("statistics:\n  a1: 100", "remarks: 备注"));
        var result = NewReport.Create(Path.Combine(_ws.Root, "data"), "testzone", 2019, TempWorkspace.Formats);
        Assert.True(result.Ok, result.Message);
        var text = File.ReadAllText(result.File!);
        Assert.Contains("\nformat: pre2019\nyear: 2019\n", text);
        Assert.Contains("\nstatistics:\n", text);
        var diagnostics = TempWorkspace.Check(result.File!);
        Assert.Equal(new[] { "E0101" }, diagnostics.Where(d => d.IsError).Select(d => d.RuleId).Distinct());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("2021")]
    [InlineData("yes")]
    [InlineData("a: b")]
    [InlineData("- item")]
    [InlineData("# not a comment")]
    [InlineData("2019-03-01")]
    [InlineData(" padded ")]
    [InlineData("line\nbreak \"quoted\" \\ back")]
    [InlineData("【待填写】正文")]
    public void Yaml_strings_read_back_as_written(string value)
    {
        var yaml = "k: " + YamlText.String(value) + "\n";
        var node = (YamlMapping)YamlSource.Parse("t.yaml", yaml, new DiagnosticBag())!;
        var scalar = Assert.IsType<YamlScalar>(node.Get("k"));
        Assert.Equal(value, scalar.Value);
        var json = YamlJson.Convert(yaml)!["k"]!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, json.GetValueKind());
    }
}
