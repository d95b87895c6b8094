using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;
using ReportGen.Parsing;
using static ReportGen.Tests.Authoring.Editing.EditingSupport;

namespace ReportGen.Tests.Authoring.Editing;

/// <summary>Edits of every real data file: each a diff a reviewer would accept (its own lines only), each read back exactly.</summary>
public sealed class DataFileEditTests
{
    public static TheoryData<string> Files() => DataFileNames();

    /// <summary>The files with their own tables (a roll-up such as yunxi-all sums its members' instead).</summary>
    public static TheoryData<string> FilesWithTables()
    {
        var data = new TheoryData<string>();
        foreach (var file in DataFiles().Select(f => Path.GetRelativePath(TestRepo.Root, f).Replace('\\', '/')))
            if (Json(Text(file))["statistics"] is JsonObject { Count: > 0 }) data.Add(file);
        return data;
    }

    [Theory, MemberData(nameof(Files))]
    public void Unchanged_content_returns_the_identical_text_also_with_crlf_and_bom(string file)
    {
        var text = Text(file);
        foreach (var variant in new[] { text, text.ReplaceLineEndings("\r\n"), "\uFEFF" + text, "\uFEFF" + text.ReplaceLineEndings("\r\n") })
            Assert.Same(variant, YamlTextEditor.Rewrite(variant, DataFileJson.Read(variant)));
    }

    [Theory, MemberData(nameof(FilesWithTables))]
    public void Every_table_cell_change_is_a_one_line_diff_that_keeps_the_rest_of_the_line(string file)
    {
        var text = Text(file);
        var json = Json(text);
        var cells = Leaves(json["statistics"], ["statistics"]).Where(p => At(json, p) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var edited = Json(text);
            Set(edited, cell, decimal.Parse(At(edited, cell)!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) + 7);
            var (old, @new, _) = Diff(text, Rewrite(text, edited));
            Assert.Single(old);
            Assert.Single(@new);
        }
    }

    [Theory, MemberData(nameof(FilesWithTables))]
    public void A_cell_set_blank_then_zero_then_back_is_one_line_each_time_and_ends_where_it_began(string file)
    {
        var text = Text(file);
        var json = Json(text);
        var cell = Leaves(json["statistics"], ["statistics"]).First(p => At(json, p) is JsonValue);
        var original = At(json, cell)!.DeepClone();

        Set(json, cell, null);
        var blank = Rewrite(text, json);
        Assert.Single(Diff(text, blank).New);
        Set(json, cell, 0);
        var zero = Rewrite(blank, json);
        Assert.Single(Diff(blank, zero).New);
        Assert.False(JsonNode.DeepEquals(DataFileJson.Read(blank), DataFileJson.Read(zero)));
        Set(json, cell, original);
        Assert.Equal(text, Rewrite(zero, json));
    }

    [Theory, MemberData(nameof(Files))]
    public void A_paragraph_becomes_multi_line_and_back_touching_only_its_own_lines(string file)
    {
        var text = Text(file);
        var json = Json(text);
        var root = json.ContainsKey("narrative") ? "narrative" : "sections";
        var paragraph = Leaves(json[root], [root]).First(p => At(json, p) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>().Length > 20);
        var original = At(json, paragraph)!.GetValue<string>();

        Set(json, paragraph, original[..10] + "\n" + original[10..] + "\n补充一行。");
        var multi = Rewrite(text, json);
        var (old, @new, _) = Diff(text, multi);
        Assert.Single(old);
        Assert.Equal(4, @new.Length);
        Assert.EndsWith("|-", @new[0]);

        Set(json, paragraph, original);
        Assert.Equal(text, Rewrite(multi, json));
    }

    [Theory, MemberData(nameof(Files))]
    public void A_key_removed_takes_its_own_lines_and_added_back_returns_the_original(string file)
    {
        var text = Text(file);
        var json = Json(text);
        var name = new[] { "date", "year" }.First(json.ContainsKey);
        var value = json[name]!.DeepClone();
        var keys = json.Select(kv => kv.Key).ToList();

        json.Remove(name);
        var removed = Rewrite(text, json);
        var (old, @new, _) = Diff(text, removed);
        Assert.Single(old);
        Assert.StartsWith(name + ":", old[0]);
        Assert.Empty(@new);

        var restored = new JsonObject();
        foreach (var key in keys) restored[key] = key == name ? value.DeepClone() : json[key]?.DeepClone();
        Assert.Equal(text, Rewrite(removed, restored));

        var agency = Json(text);
        agency.Remove("agency");
        var (agencyLines, none, _) = Diff(text, Rewrite(text, agency));
        Assert.Empty(none);
        Assert.StartsWith("agency:", agencyLines[0]);
    }

    [Theory, MemberData(nameof(Files))]
    public void Pre2019_sections_are_added_removed_and_reordered_by_their_own_lines(string file)
    {
        var text = Text(file);
        var json = Json(text);
        if (json["sections"] is not JsonArray sections) return; // the 2019 and 2021 formats have narrative instead (covered above)

        var added = Json(text);
        added["sections"]!.AsArray().Insert(1, new JsonObject { ["heading"] = "新增、自定义标题", ["body"] = new JsonArray("第一段。", "第二段：含冒号 # 和井号") });
        var withNew = Rewrite(text, added);
        var (old, @new, _) = Diff(text, withNew);
        Assert.Empty(old);
        Assert.Equal(4, @new.Length);
        Assert.Equal("  - heading: 新增、自定义标题", @new[0]);

        var removed = Json(text);
        removed["sections"]!.AsArray().RemoveAt(1);
        var without = Rewrite(text, removed);
        (old, @new, _) = Diff(text, without);
        Assert.Empty(@new);
        Assert.StartsWith("  - heading:", old[0]);

        var reordered = Json(text);
        var list = reordered["sections"]!.AsArray();
        var first = list[0]!.DeepClone();
        list.RemoveAt(0);
        list.Insert(1, first);
        var swapped = Rewrite(text, reordered);
        Assert.Equal(text.Split('\n').Length, swapped.Split('\n').Length);
        Assert.Equal(text.Split('\n').Order(StringComparer.Ordinal), swapped.Split('\n').Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(FilesWithTables))]
    public void The_rewritten_text_loads_with_the_same_diagnostics_as_the_same_edit_by_hand(string file)
    {
        var path = Path.Combine(TestRepo.Root, file);
        var text = Text(file);
        var json = Json(text);
        var cell = Leaves(json["statistics"], ["statistics"]).Last(p => At(json, p) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number);
        Set(json, cell, -5);
        var rewritten = Rewrite(text, json);
        var (old, @new, line) = Diff(text, rewritten);
        var lines = text.Split('\n');
        lines[line] = @new[0];
        var byHand = string.Join('\n', lines);
        Assert.Equal(byHand, rewritten);

        var pipeline = TestRepo.Pipeline();
        string Describe(string yaml) => string.Join("\n", pipeline.Check(pipeline.Loader.LoadText(path, yaml)).Diagnostics.Select(d => d.ToString()));
        var diagnostics = Describe(rewritten);
        Assert.Equal(Describe(byHand), diagnostics);
        Assert.NotEqual(Describe(text), diagnostics); // a negative count is refused at its line, as for a hand edit
    }
}
