using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;
using static ReportGen.Tests.Authoring.Editing.EditingSupport;

namespace ReportGen.Tests.Authoring.Editing;

public sealed class YamlTextEditorTests
{
    private const string Sample = """
        # a comment
        format: "2021"
        year: 2024   # the year
        date:
        contact:
          office: 办公室
          phone: "0755-1"

        statistics:
          table3:
            new_received: { natural_person: 251, commercial_enterprise: 15 }   # row comment
            carried_over: { natural_person: 8 }
        narrative:
          problems:
            - 第一段。
            - |-
              第二段第一行
              第二段第二行
          other:
            - 其他。
        """;

    [Fact]
    public void Reads_scalars_as_the_loader_does()
    {
        var json = Json(Sample);
        Assert.Equal("2021", json["format"]!.GetValue<string>());
        Assert.Equal(2024, json["year"]!.GetValue<long>());
        Assert.Null(json["date"]);
        Assert.True(json.ContainsKey("date"));
        Assert.Equal("0755-1", json["contact"]!["phone"]!.GetValue<string>());
        Assert.Equal("第二段第一行\n第二段第二行", json["narrative"]!["problems"]![1]!.GetValue<string>());
        Assert.Equal(15, json["statistics"]!["table3"]!["new_received"]!["commercial_enterprise"]!.GetValue<long>());
    }

    [Fact]
    public void A_cell_in_a_flow_row_changes_on_its_line_and_the_comment_stays()
    {
        var json = Json(Sample);
        json["statistics"]!["table3"]!["new_received"]!["natural_person"] = 252;
        var result = Rewrite(Sample, json);
        var (old, @new, _) = Diff(Sample, result);
        Assert.Equal(["    new_received: { natural_person: 251, commercial_enterprise: 15 }   # row comment"], old);
        Assert.Equal(["    new_received: { natural_person: 252, commercial_enterprise: 15 }   # row comment"], @new);
    }

    [Fact]
    public void Blank_and_zero_are_distinct_both_ways()
    {
        var json = Json(Sample);
        json["statistics"]!["table3"]!["new_received"]!["natural_person"] = null;
        json["year"] = null;
        var blank = Rewrite(Sample, json);
        Assert.Contains("year:   # the year", blank);
        json["statistics"]!["table3"]!["new_received"]!["natural_person"] = 0;
        json["year"] = 0;
        json["date"] = 0;
        var zero = Rewrite(blank, json);
        Assert.Contains("year: 0   # the year", zero);
        Assert.Contains("date: 0\n", zero);
        Assert.Contains("natural_person: 0,", zero);
    }

    [Fact]
    public void A_paragraph_becomes_multi_line_and_back()
    {
        var json = Json(Sample);
        json["narrative"]!["problems"]![0] = "第一行\n第二行";
        var multi = Rewrite(Sample, json);
        Assert.Contains("    - |-\n      第一行\n      第二行\n    - |-", multi);
        json["narrative"]!["problems"]![0] = "第一段。";
        Assert.Equal(Sample, Rewrite(multi, json));
    }

    [Fact]
    public void Keys_are_added_after_their_sibling_and_removed_with_their_lines()
    {
        var json = Json(Sample);
        var contact = json["contact"]!.AsObject();
        contact.Remove("office");
        var removed = Rewrite(Sample, json);
        Assert.Equal(Sample.Replace("  office: 办公室\n", ""), removed);

        var withOffice = new JsonObject { ["office"] = "新办公室", ["phone"] = "0755-1", ["fax"] = "0755-2" };
        json["contact"] = withOffice;
        var added = Rewrite(removed, json);
        Assert.Contains("contact:\n  office: 新办公室\n  phone: \"0755-1\"\n  fax: 0755-2\n\nstatistics:", added);
    }

    [Fact]
    public void A_new_row_in_a_table_of_flow_rows_is_written_as_a_flow_row()
    {
        var json = Json(Sample);
        json["statistics"]!["table3"]!["granted"] = new JsonObject { ["natural_person"] = 3 };
        var result = Rewrite(Sample, json);
        Assert.Contains("    carried_over: { natural_person: 8 }\n    granted: { natural_person: 3 }\n", result);
    }

    [Fact]
    public void Unchanged_content_returns_the_identical_text_with_crlf_and_bom()
    {
        var crlf = "\uFEFF" + Sample.ReplaceLineEndings("\r\n");
        Assert.Same(crlf, YamlTextEditor.Rewrite(crlf, DataFileJson.Read(crlf)));
        var json = Json(crlf);
        json["year"] = 2025;
        var result = Rewrite(crlf, json);
        Assert.Equal(crlf.Replace("year: 2024", "year: 2025"), result);
        json["contact"]!["fax"] = "1";
        var added = Rewrite(result, json);
        Assert.Contains("  phone: \"0755-1\"\r\n  fax: \"1\"\r\n", added);
        Assert.StartsWith("\uFEFF", added);
    }

    [Fact]
    public void Strings_that_look_like_other_types_are_quoted()
    {
        var json = Json(Sample);
        json["format"] = "2019";
        json["contact"]!["office"] = "true";
        json["contact"]!["fax"] = "# not a comment";
        json["contact"]!["web"] = "a: b";
        json["contact"]!["blank"] = "";
        var result = Rewrite(Sample, json);
        Assert.Contains("format: \"2019\"", result);
        Assert.Contains("office: \"true\"", result);
    }

    [Fact]
    public void Unparseable_text_is_refused_in_chinese()
    {
        var e = Assert.Throws<YamlEditException>(() => YamlTextEditor.Rewrite("a: [1, 2\nb: 3", new JsonObject()));
        Assert.Contains("无法解析", e.Message);
        Assert.Throws<YamlEditException>(() => DataFileJson.Read("a: &x 1\nb: *x"));
    }

    [Fact]
    public void Sequence_items_are_added_removed_and_reordered_by_their_own_lines()
    {
        var json = Json(Sample);
        var problems = json["narrative"]!["problems"]!.AsArray();
        problems.Add("第三段。");
        var added = Rewrite(Sample, json);
        var (old, @new, _) = Diff(Sample, added);
        Assert.Empty(old);
        Assert.Equal(["    - 第三段。"], @new);

        json = Json(Sample);
        json["narrative"]!["problems"] = new JsonArray(json["narrative"]!["problems"]![1]!.DeepClone(), json["narrative"]!["problems"]![0]!.DeepClone());
        var swapped = Rewrite(Sample, json);
        Assert.Contains("    - |-\n      第二段第一行\n      第二段第二行\n    - 第一段。\n", swapped);
    }

    [Fact]
    public void Content_that_went_through_json_text_like_a_browser_sends_it_changes_nothing()
    {
        foreach (var file in DataFiles())
        {
            var text = File.ReadAllText(file);
            var viaBrowser = JsonNode.Parse(DataFileJson.Read(text)!.ToJsonString());
            Assert.Same(text, YamlTextEditor.Rewrite(text, viaBrowser));
        }
        // A decimal cell typed as 1193.6 in a form is the same number as the file's 1193.60: no change.
        var yaml = "fees: 1193.60\n";
        Assert.Same(yaml, YamlTextEditor.Rewrite(yaml, JsonNode.Parse("{\"fees\": 1193.6}")));
    }

    [Fact]
    public void A_blank_cell_in_a_flow_row_is_written_as_an_empty_value()
    {
        var json = Json(Sample);
        json["statistics"]!["table3"]!["new_received"]!["commercial_enterprise"] = null;
        var result = Rewrite(Sample, json);
        Assert.Contains("    new_received: { natural_person: 251, commercial_enterprise: }   # row comment\n", result);
        json["statistics"]!["table3"]!["new_received"]!["natural_person"] = null;
        Assert.Contains("    new_received: { natural_person: , commercial_enterprise: }   # row comment\n", Rewrite(result, json));
    }

    [Fact]
    public void Tabs_in_comments_anchors_and_an_empty_file_are_handled()
    {
        var tabbed = "# head\t\tcomment\nyear: 2024\t# tab before comment\nname: x\n";
        var json = Json(tabbed);
        json["year"] = 2025;
        Assert.Equal(tabbed.Replace("2024", "2025"), Rewrite(tabbed, json));

        var e = Assert.Throws<YamlEditException>(() => YamlTextEditor.Rewrite("base: &b { a: 1 }\nother: *b\n", new JsonObject()));
        Assert.Contains("无法解析", e.Message);

        Assert.Null(DataFileJson.Read(""));
        var created = Rewrite("", new JsonObject { ["format"] = "2021", ["year"] = 2024 });
        Assert.Equal("format: \"2021\"\nyear: 2024\n", created);
    }
}
