using NJsonSchema;
using ReportGen.Authoring;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

public class SchemaTests
{
    private static readonly string CheckedIn = Path.Combine(Repo.Templates, SchemaGenerator.FileName);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(File.ReadAllText(CheckedIn)).GetAwaiter().GetResult());

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string yaml)
        => Schema.Value.Validate(YamlJson.Convert(yaml)!.ToJsonString());

    [Fact]
    public void Checked_in_schema_is_the_generated_one()
    {
        var generated = SchemaGenerator.Generate(TempWorkspace.Formats);
        Assert.True(File.ReadAllText(CheckedIn) == generated,
            "templates/reportgen.schema.json is stale: run `reportgen schema --out templates/reportgen.schema.json`");
    }

    public static IEnumerable<object[]> DataFileList()
    {
        var files = Directory.Exists(Repo.Data)
            ? Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : new List<string>();
        if (files.Count == 0) yield return new object[] { "" };
        foreach (var f in files) yield return new object[] { Path.GetRelativePath(Repo.Root, f) };
    }

    [Theory]
    [MemberData(nameof(DataFileList))]
    public void Every_data_file_is_valid_and_names_the_schema(string relative)
    {
        if (relative == "") return; // no data/ on this branch
        var text = File.ReadAllText(Path.Combine(Repo.Root, relative));
        Assert.StartsWith(NextYearWriter.SchemaModeline, text);
        var errors = Validate(text);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Examples_the_tool_writes_and_tests_use_are_valid()
    {
        foreach (var example in WorkspaceExample.All)
            Assert.Empty(Validate(example.Data));
        Assert.Empty(Validate(Yaml.MinimalPre2019));
    }

    [Theory]
    [InlineData("kind: government", "kind: ministry", "enum")]                       // bad kind
    [InlineData("a1: 100", "a1: -100", "TooSmall")]                                   // negative count
    [InlineData("a1: 100", "a1: \"100\"", "type")]                                   // string for a count
    [InlineData("a1: 100", "a1: 100.5", "type")]                                     // fraction for a count
    [InlineData("a1: 100", "a1: 100\n  zz9: 1", "additional")]                       // unknown statistic row
    [InlineData("a1: 100", "a1: 100\n  c1_4a: 1", "additional")]                     // typo of a row key
    [InlineData("year: 2018", "year: 2018\nyaer: 2018", "additional")]               // unknown top key
    [InlineData("level: county", "level: county\n  leval: county", "additional")]    // unknown agency key
    [InlineData("date: 2019-03-01", "date: 2019年3月1日", "pattern")]                // date in words
    [InlineData("format: pre2019", "format: pre2020", "enum")]                       // unknown format
    [InlineData("  id: testzone\n", "", "required")]                                 // missing agency id
    public void Typical_mistakes_are_rejected(string from, string to, string kind)
    {
        var yaml = Yaml.MinimalPre2019.Replace(from, to);
        Assert.NotEqual(Yaml.MinimalPre2019, yaml);
        var errors = Flatten(Validate(yaml)).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Kind.ToString().Contains(kind, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_reader_rejects_what_the_schema_rejects_for_keys()
    {
        // Both take their keys from DataFields: an unknown key is E0101 in the reader and additionalProperties in the schema.
        using var ws = new TempWorkspace();
        var file = ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("  phone:", "  phone:") + "\ncontact:\n  telephone: \"1\"\n");
        Assert.Contains(TempWorkspace.Check(file), d => d.RuleId == "E0101" && d.Field == "contact.telephone");
        Assert.NotEmpty(Validate(Yaml.MinimalPre2019 + "\ncontact:\n  telephone: \"1\"\n"));
        Assert.Empty(Validate(Yaml.MinimalPre2019 + "\ncontact:\n  phone: \"1\"\n"));
    }

    [Fact]
    public void Statistics_rows_carry_the_chinese_labels()
    {
        var text = File.ReadAllText(CheckedIn);
        Assert.Contains("\"title\": \"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\"", text);
        Assert.Contains("\"title\": \"机关类型\"", text);
    }

    [Fact]
    public void Narrative_is_typed_per_format_with_titles_and_descriptions_to_the_last_key()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CheckedIn))!;
        var overview = schema["definitions"]!["narrative_2021"]!["properties"]!["overview"]!;
        Assert.Equal("一、总体情况", overview["title"]!.GetValue<string>());
        var aspects = overview["properties"]!.AsObject().Select(kv => kv.Key).ToArray();
        Assert.Equal(["intro", "active_disclosure", "on_request", "information_management", "platforms", "oversight"], aspects);
        var oversight = overview["properties"]!["oversight"]!;
        Assert.Equal("（五）监督保障", oversight["title"]!.GetValue<string>());
        Assert.Contains("责任追究", oversight["description"]!.GetValue<string>());
        foreach (var id in new[] { "2021", "2019" })
        {
            var sections = schema["definitions"]!["narrative_" + id]!["properties"]!.AsObject();
            Assert.Equal(["overview", "active", "requests", "appeals", "problems", "other"], sections.Select(kv => kv.Key).ToArray());
            Assert.All(sections, kv => Assert.False(string.IsNullOrEmpty(kv.Value!["description"]?.GetValue<string>()), kv.Key));
        }
        // 2019's 总体情况 has no aspects: a paragraph list.
        Assert.Null(schema["definitions"]!["narrative_2019"]!["properties"]!["overview"]!["properties"]);
    }

    [Theory]
    [InlineData("data/yunxi/2024.yaml", "  problems:\n", "  problem:\n")]                                  // a misspelt section
    [InlineData("data/yunxi/2024.yaml", "    platforms:\n", "    platform:\n")]                            // a misspelt aspect
    [InlineData("data/yunxi/2024.yaml", "    intro:\n", "    summary:\n")]                                 // an aspect the format lacks
    [InlineData("data/yunxi/2024.yaml", "narrative:\n", "sections: []\nnarrative:\n")]                     // sections in a fixed outline
    [InlineData("data/changchun/2017.yaml", "statistics:\n", "narrative: { overview: [x] }\nstatistics:\n")] // narrative in pre2019
    [InlineData("tests/ReportGen.Tests/Data/format2019.yaml", "  overview:\n", "  overview:\n    intro: [x]\n  overview_old:\n")] // 2019 has no aspects
    public void An_unknown_narrative_key_is_flagged_by_the_schema(string file, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, file));
        Assert.Empty(Validate(text));
        var edited = text.Replace(from, to);
        Assert.NotEqual(text, edited);
        Assert.NotEmpty(Validate(edited));
    }

    [Fact]
    public void Cli_schema_writes_the_same_text()
    {
        using var ws = new TempWorkspace();
        var run = CliRunner.Run(ws.Root, "schema", "--out", "s.json", "--templates", Repo.Templates);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(CheckedIn), File.ReadAllText(Path.Combine(ws.Root, "s.json")));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var e in errors)
        {
            yield return e;
            var nested = e switch
            {
                NJsonSchema.Validation.ChildSchemaValidationError child => child.Errors.Values.SelectMany(v => v),
                NJsonSchema.Validation.MultiTypeValidationError multi => multi.Errors.Values.SelectMany(v => v),
                _ => Enumerable.Empty<NJsonSchema.Validation.ValidationError>(),
            };
            foreach (var inner in Flatten(nested)) yield return inner;
        }
    }
}
