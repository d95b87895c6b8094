using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;
using ReportGen.Parsing;
using static ReportGen.Tests.Authoring.Editing.EditingSupport;

namespace ReportGen.Tests.Authoring.Editing;

/// <summary>
/// Many random edits of the real data files (seeded, so a failure repeats): every result reads back as wanted,
/// and the diff stays inside the lines of the entry or item edited (for an added key or item: inside its container).
/// </summary>
public sealed class RandomEditTests
{
    private const int Edits = 600;

    private static readonly string[] Strings =
    [
        "新的文字", "2021", "0755-1234", "a: b", "# 井号开头", "- 列表样", "含 \"引号\" 与 \\ 的文字", "'单引号'", "第一行\n第二行",
        "结尾换行\n", "  前导空格", "尾随空格  ", "", "true", "~", "null", "{x}", "[1, 2]", "a, b", "中文：冒号", "制表\t符",
        "2025-03-25", "1e5", "多行\n\n空行之后", "行\u2028分隔", "\uFEFF字节序", "${table3.granted.total}", "|", ">", "@at", "*star", "&amp", "%pct", "?q", "行末冒号:",
    ];

    [Fact]
    public void Random_edits_of_the_real_files_read_back_exactly_and_stay_inside_the_edited_node()
    {
        var random = new Random(20261202);
        var files = DataFiles().Select(File.ReadAllText).ToList();
        var verified = 0;
        var inPlace = 0;
        for (var n = 0; n < Edits; n++)
        {
            var text = files[random.Next(files.Count)];
            if (random.Next(4) == 0) text = text.ReplaceLineEndings("\r\n");
            if (random.Next(8) == 0) text = "\uFEFF" + text;
            var json = Json(text);
            var (path, regionOf, describe) = RandomEdit(random, json, text);
            var region = regionOf();
            var (result, wholeBelow) = YamlTextEditor.RewriteMeasured(text, json);
            if (wholeBelow == int.MaxValue) inPlace++;
            Assert.True(JsonNode.DeepEquals(DataFileJson.Read(result), json), $"edit {n} ({describe}) does not read back:\n{result}");

            Assert.Equal(text.StartsWith('\uFEFF'), result.StartsWith('\uFEFF'));
            var (old, @new, first) = Diff(text.Replace("\r", "").TrimStart('\uFEFF'), result.Replace("\r", "").TrimStart('\uFEFF'));
            var last = first + old.Length - 1;
            if (old.Length == 0 && @new.Length == 0)
            {
                Assert.Equal(text, result); // the random value happened to be the one already there
                verified++;
                continue;
            }
            Assert.True(first >= region.First && (old.Length == 0 ? first <= region.Last + 1 : last <= region.Last),
                $"edit {n} ({describe} at {string.Join('.', path)}) changed lines {first + 1}–{last + 1}, outside {region.First + 1}–{region.Last + 1}:\n-{string.Join("\n-", old)}\n+{string.Join("\n+", @new)}");
            Assert.Equal(text.Contains("\r\n"), result.Contains("\r\n"));
            verified++;
        }
        Assert.Equal(Edits, verified);
        // Every one of these is an ordinary edit: none may need the whole-node fallback.
        Assert.Equal(Edits, inPlace);
    }

    [Fact]
    public void Several_random_edits_at_once_including_changes_of_kind_read_back_exactly()
    {
        var random = new Random(1202);
        var files = DataFiles().Select(File.ReadAllText).ToList();
        var inPlace = 0;
        const int Rewrites = 300;
        for (var n = 0; n < Rewrites; n++)
        {
            var text = files[random.Next(files.Count)];
            var json = Json(text);
            var edits = 2 + random.Next(4);
            for (var e = 0; e < edits; e++)
            {
                if (random.Next(4) == 0)
                {
                    // A value changes kind: a scalar becomes a mapping or a list, a row becomes a number, and so on.
                    var leaf = Leaves(json, []).ToList() is { Count: > 0 } leaves ? leaves[random.Next(leaves.Count)] : null;
                    if (leaf is { Count: > 1 }) Set(json, leaf[..^1], RandomValue(random, allowContainers: true));
                }
                else RandomEdit(random, json, text);
            }
            var (result, wholeBelow) = YamlTextEditor.RewriteMeasured(text, json);
            Assert.True(JsonNode.DeepEquals(DataFileJson.Read(result), json), $"rewrite {n} does not read back:\n{result}");
            if (wholeBelow == int.MaxValue) inPlace++;
        }
        Assert.Equal(Rewrites, inPlace);
    }

    /// <summary>Applies one random edit to <paramref name="json"/>; returns where and the lines (0-based) it may change.</summary>
    private static (List<object> Path, Func<(int First, int Last)> Region, string Describe) RandomEdit(Random random, JsonObject json, string text)
    {
        var doc = YamlDocumentText.Parse(text);
        var containers = Containers(json, []).ToList();
        while (true)
        {
            var container = containers[random.Next(containers.Count)];
            var node = At(json, container)!;
            YamlNode Yaml() => YamlAt(doc.Root!, container); // only for the first edit of a text: later ones no longer match it
            switch (node, random.Next(3))
            {
                case (JsonObject o, 0) when o.Count > 0:
                {
                    var key = o.ElementAt(random.Next(o.Count)).Key;
                    if (o[key] is JsonObject or JsonArray && random.Next(2) == 0) continue; // mostly leaves; containers are picked themselves
                    o[key] = RandomValue(random);
                    return ([.. container, key], () => EntryLines(doc, (YamlMapping)Yaml(), key), "change value");
                }
                case (JsonObject o, 1) when o.Count > 1:
                {
                    var key = o.ElementAt(random.Next(o.Count)).Key;
                    o.Remove(key);
                    return ([.. container, key], () => EntryLines(doc, (YamlMapping)Yaml(), key), "remove key");
                }
                case (JsonObject o, 2):
                {
                    var entries = o.ToList();
                    o.Clear();
                    var at = random.Next(entries.Count + 1);
                    for (var i = 0; i <= entries.Count; i++)
                    {
                        if (i == at) o["k_" + random.Next(1000)] = RandomValue(random, allowContainers: true);
                        if (i < entries.Count) o[entries[i].Key] = entries[i].Value;
                    }
                    return (container, () => Lines(doc, Yaml()), "add key");
                }
                case (JsonArray a, 0) when a.Count > 0:
                {
                    var i = random.Next(a.Count);
                    a[i] = RandomValue(random);
                    return ([.. container, i], () => ItemLines(doc, (YamlSequence)Yaml(), i), "change item");
                }
                case (JsonArray a, 1) when a.Count > 1:
                {
                    var i = random.Next(a.Count);
                    a.RemoveAt(i);
                    return ([.. container, i], () => ItemLines(doc, (YamlSequence)Yaml(), i), "remove item");
                }
                case (JsonArray a, 2) when a.Count > 1 && random.Next(2) == 0:
                {
                    var i = random.Next(a.Count - 1);
                    var moved = a[i]!.DeepClone();
                    a.RemoveAt(i);
                    a.Insert(i + 1, moved);
                    return (container, () => Lines(doc, Yaml()), "swap items");
                }
                case (JsonArray a, 2):
                {
                    a.Insert(random.Next(a.Count + 1), RandomValue(random, allowContainers: true));
                    return (container, () => Lines(doc, Yaml()), "insert item");
                }
            }
        }
    }

    private static JsonNode? RandomValue(Random random, bool allowContainers = false) => random.Next(allowContainers ? 8 : 6) switch
    {
        0 => null,
        1 => 0,
        2 => random.Next(100_000),
        3 => 12.5m,
        4 or 5 => Strings[random.Next(Strings.Length)],
        6 => new JsonObject { ["a"] = random.Next(10), ["b"] = Strings[random.Next(Strings.Length)] },
        _ => new JsonArray("一", Strings[random.Next(Strings.Length)]),
    };

    private static IEnumerable<List<object>> Containers(JsonNode? node, List<object> path)
    {
        switch (node)
        {
            case JsonObject o:
                yield return path;
                foreach (var (k, v) in o.ToList())
                    foreach (var c in Containers(v, [.. path, k])) yield return c;
                break;
            case JsonArray a:
                yield return path;
                for (var i = 0; i < a.Count; i++)
                    foreach (var c in Containers(a[i], [.. path, i])) yield return c;
                break;
        }
    }

    private static YamlNode YamlAt(YamlNode root, IEnumerable<object> path)
    {
        var node = root;
        foreach (var step in path)
            node = step is string k ? ((YamlMapping)node).Get(k)! : ((YamlSequence)node).Items[(int)step];
        return node;
    }

    private static (int, int) Lines(YamlDocumentText doc, YamlNode node)
        => (doc.LineOf(node.Start), doc.LineOf(doc.ContentEnd(node)));

    private static (int, int) EntryLines(YamlDocumentText doc, YamlMapping m, string key)
    {
        var k = m.KeyNode(key)!;
        var value = m.Get(key)!;
        var last = doc.LineOf(doc.ContentEnd(value, YamlDocumentText.IsEmpty(value) ? doc.AfterColon(k) : -1));
        // The first key of `- key: …` shares the dash's line: removing it moves the next key up onto that line.
        var index = m.Entries.ToList().FindIndex(e => e.Key.Value == key);
        if (!m.IsFlow && !doc.StartsLine(k.Start) && index + 1 < m.Entries.Count) last = doc.LineOf(m.Entries[index + 1].Key.Start);
        return (doc.LineOf(k.Start), last);
    }

    private static (int, int) ItemLines(YamlDocumentText doc, YamlSequence s, int i)
    {
        var item = s.Items[i];
        var start = s.IsFlow ? item.Start : doc.DashOf(item);
        return (doc.LineOf(start), doc.LineOf(doc.ContentEnd(item, YamlDocumentText.IsEmpty(item) ? start + 1 : -1)));
    }
}
