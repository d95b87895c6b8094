using System.Text.Json.Nodes;
using ReportGen.Documents.Diagnostics;
using ReportGen.Parsing;

namespace ReportGen.Authoring.Editing;

/// <summary>
/// Writes the editor's content back into a data file's YAML by changing as little text as possible: a changed
/// value is replaced where it stands, a removed key or item takes only its own lines, a new one goes after its
/// previous sibling; comments, blank lines, order and quoting of everything else stay byte for byte.
/// Every result is proven by reading it back; a plan that does not read back as wanted is retried with whole
/// nodes rewritten ever closer to the root, and when none does the text is refused, never returned wrong.
/// </summary>
public static class YamlTextEditor
{
    /// <exception cref="YamlEditException">The original text cannot be parsed, or no rewrite reads back as <paramref name="desired"/>.</exception>
    public static string Rewrite(string yamlText, JsonNode? desired) => RewriteMeasured(yamlText, desired).Text;

    /// <summary>The rewrite and the depth below which nodes were rewritten whole (<see cref="int.MaxValue"/>: none, all edits in place).</summary>
    internal static (string Text, int WholeBelow) RewriteMeasured(string yamlText, JsonNode? desired)
    {
        var doc = YamlDocumentText.Parse(yamlText);
        if (JsonNode.DeepEquals(DataFileJson.ToJson(doc.Root), desired)) return (yamlText, int.MaxValue);
        var bom = doc.HasBom ? YamlDocumentText.Bom.ToString() : "";
        foreach (var depth in SurgicalDepths(doc.Root))
        {
            string text;
            try
            {
                text = new SurgicalPlan(doc, depth).Write(desired);
            }
            catch (NotSurgicalException)
            {
                continue;
            }
            if (ReadsAs(text, desired)) return (bom + text, depth);
        }
        throw new YamlEditException(Catalog.Authoring.EditNotVerified.Text());
    }

    /// <summary>Unlimited first; then nodes below each depth are rewritten whole, the root last.</summary>
    private static IEnumerable<int> SurgicalDepths(YamlNode? root)
    {
        yield return int.MaxValue;
        for (var depth = Depth(root) - 1; depth >= 0; depth--) yield return depth;
    }

    private static int Depth(YamlNode? node) => node switch
    {
        YamlMapping m => 1 + m.Entries.Select(e => Depth(e.Value)).DefaultIfEmpty(0).Max(),
        YamlSequence s => 1 + s.Items.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static bool ReadsAs(string text, JsonNode? desired)
    {
        try
        {
            return JsonNode.DeepEquals(DataFileJson.Read(text), desired);
        }
        catch (YamlEditException)
        {
            return false;
        }
    }
}
