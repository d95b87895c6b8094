using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tooling.Sampling;

/// <summary>
/// Writes realistic, valid agency-years for benchmarks and load tests by varying real data files:
/// every count of a template report is multiplied by the same whole factor (sums and the official
/// identities are linear, so they still hold; narrative cites the tables, so it follows), the agency
/// is renamed, and narrative paragraphs are repeated to give reports of different lengths.
/// </summary>
public sealed class SampleGenerator
{
    private static readonly string[] Districts = { "东城", "西岭", "南湖", "北山", "青川", "白石", "临江", "丰泽", "长安", "和平", "新华", "松原", "柳河", "金川", "玉泉", "云台" };
    private static readonly string[] Bureaus = { "人民政府", "发展和改革局", "教育局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "应急管理局" };

    private readonly IReadOnlyList<(string Path, string Text)> _templates;

    /// <param name="templates">Valid data files to vary (e.g. the current-format reports in data/).</param>
    public SampleGenerator(IEnumerable<string> templates)
    {
        _templates = templates.Select(p => (p, File.ReadAllText(p))).ToList();
        if (_templates.Count == 0) throw new ArgumentException("没有可用作样本模板的数据文件");
    }

    /// <returns>The files written, data/&lt;agency&gt;/&lt;year&gt;.yaml under <paramref name="outputRoot"/>.</returns>
    /// <param name="narrativeRepeats">Every narrative paragraph this many times (reports of one length, for per-page
    /// figures); null: 1–4 times, some paragraphs left out, for reports of different lengths.</param>
    public IReadOnlyList<string> Generate(int count, string outputRoot, int seed = 2024, int? narrativeRepeats = null)
    {
        var random = new Random(seed);
        var written = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (_, text) = _templates[i % _templates.Count];
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;

            var id = $"sample-{i + 1:D5}";
            var district = Districts[random.Next(Districts.Length)];
            var agency = (YamlMappingNode)root.Children[new YamlScalarNode("agency")];
            // The kind stays the template's: deadlines and required content (R8, R15) depend on it.
            var isGovernment = agency.Children.TryGetValue(new YamlScalarNode("kind"), out var kind) && ((YamlScalarNode)kind).Value == "government";
            var bureau = isGovernment ? "人民政府" : Bureaus[1 + random.Next(Bureaus.Length - 1)];
            agency.Children[new YamlScalarNode("id")] = new YamlScalarNode(id);
            agency.Children[new YamlScalarNode("name")] = new YamlScalarNode($"示例市{district}区{bureau}");
            if (root.Children.ContainsKey(new YamlScalarNode("members"))) root.Children.Remove(new YamlScalarNode("members"));

            var factor = 1 + random.Next(6);
            if (root.Children.TryGetValue(new YamlScalarNode("statistics"), out var stats)) Scale(stats, factor);
            if (root.Children.TryGetValue(new YamlScalarNode("narrative"), out var narrative)) Lengthen(narrative, narrativeRepeats ?? 1 + random.Next(4), narrativeRepeats is null ? random : null);

            var year = int.Parse(((YamlScalarNode)root.Children[new YamlScalarNode("year")]).Value!, CultureInfo.InvariantCulture);
            var path = Path.Combine(outputRoot, id, $"{year}.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new StreamWriter(path))
                stream.Save(writer, assignAnchors: false);
            written.Add(path);
        }
        return written;
    }

    private static void Scale(YamlNode node, int factor)
    {
        switch (node)
        {
            case YamlMappingNode m:
                foreach (var key in m.Children.Keys.ToList())
                {
                    if (m.Children[key] is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain &&
                        decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                        m.Children[key] = new YamlScalarNode((v * factor).ToString(CultureInfo.InvariantCulture));
                    else Scale(m.Children[key], factor);
                }
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children) Scale(child, factor);
                break;
        }
    }

    /// <summary>Repeats narrative paragraphs (strings in lists) so reports run from a few pages to several.</summary>
    private static void Lengthen(YamlNode node, int times, Random? random)
    {
        switch (node)
        {
            case YamlMappingNode m:
                foreach (var child in m.Children.Values) Lengthen(child, times, random);
                break;
            case YamlSequenceNode seq:
                var paragraphs = seq.Children.OfType<YamlScalarNode>().ToList();
                foreach (var child in seq.Children.Where(c => c is not YamlScalarNode).ToList()) Lengthen(child, times, random);
                for (var t = 1; t < times; t++)
                    foreach (var p in paragraphs.Where(_ => random is null || random.Next(3) > 0))
                        seq.Children.Add(new YamlScalarNode(p.Value));
                break;
        }
    }
}
