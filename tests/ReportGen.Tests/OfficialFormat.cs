using YamlDotNet.Serialization;

namespace ReportGen.Tests;

/// <summary>
/// The official format's labels (<c>tests/ReportGen.Tests/Reference/tables-2021.yaml</c>, the tests' own copy
/// transcribed from the official notices), read as plain data so the tests compare the rendered document
/// with it independently of our own format.yaml.
/// </summary>
internal sealed class OfficialFormat
{
    private readonly Dictionary<object, object> _root;

    private OfficialFormat(Dictionary<object, object> root) => _root = root;

    public static OfficialFormat Load()
    {
        var file = Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "Reference", "tables-2021.yaml");
        return new OfficialFormat(new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(file)));
    }

    public IReadOnlyList<string> SectionHeadings => List(_root["sections"]).Select(s => Text(Map(s)["heading"])).ToList();

    public IReadOnlyList<string> OverviewSubheadings
        => List(Map(List(_root["sections"])[0])["customary_subheadings"]).Select(Text).ToList();

    public Dictionary<object, object> Table(string id) => List(_root["tables"]).Select(Map).First(t => Text(t["id"]) == id);

    public Dictionary<object, object> Differences2019 => Map(_root["format_2019_differences"]);

    /// <summary>Header cells as (text, rowspan, colspan) in print order (row, then column).</summary>
    public static IReadOnlyList<(string Text, int RowSpan, int ColSpan)> HeaderCells(Dictionary<object, object> table)
        => List(table["header_cells"]).Select(Map)
            .OrderBy(c => Int(c, "row")).ThenBy(c => Int(c, "col"))
            .Select(c => (Text(c["text"]), Int(c, "rowspan"), Int(c, "colspan"))).ToList();

    /// <summary>表三's label cells in print order: a group's label, then its rows (no subtotal rows), with the group's row span.</summary>
    public static IReadOnlyList<(string Label, int RowSpan)> BodyLabels(Dictionary<object, object> table)
    {
        var result = new List<(string, int)>();
        void Walk(IEnumerable<object> items)
        {
            foreach (var item in items.Select(Map))
            {
                var cell = item.TryGetValue("label_cell", out var lc) ? Map(lc) : new Dictionary<object, object>();
                result.Add((Text(item["label"]), Int(cell, "rowspan")));
                if (item.TryGetValue("rows", out var rows)) Walk(List(rows));
            }
        }
        Walk(List(table["body_rows"]));
        return result;
    }

    public static List<object> List(object o) => (List<object>)o;
    public static Dictionary<object, object> Map(object o) => (Dictionary<object, object>)o;
    public static string Text(object o) => (string)o;
    public static int Int(Dictionary<object, object> m, string key) => m.TryGetValue(key, out var v) ? int.Parse((string)v) : 1;
}
