using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// A quick check that what a data file smuggled in stayed text: no script or event handler in HTML,
/// no field in the DOCX body (the only fields ReportGen writes are the footer's PAGE numbers).
/// </summary>
public static partial class InertOutput
{
    /// <returns>Why the output is not inert, or null when it is.</returns>
    public static string? Problem(string path)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = File.ReadAllText(path, Encoding.UTF8);
            foreach (Match tag in Tag().Matches(html))
            {
                if (ActiveElement().IsMatch(tag.Value)) return $"HTML 中出现了可执行元素：{tag.Value}";
                // Attribute by attribute, so text inside a quoted value (escaped user text) is never taken for an attribute.
                foreach (Match attribute in Attribute().Matches(tag.Groups["attrs"].Value))
                {
                    var name = attribute.Groups["name"].Value;
                    var value = attribute.Groups["value"].Value.Trim('"', '\'', ' ');
                    if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        || (name is "href" or "src" or "action" && value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                        return $"HTML 中出现了可执行属性：{tag.Value}";
                }
            }
            return null;
        }
        if (path.EndsWith(".docx", StringComparison.Ordinal))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && !e.FullName.StartsWith("word/footer", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var xml = reader.ReadToEnd();
                foreach (var field in new[] { "<w:fldSimple", "<w:instrText", "<w:fldChar" })
                    if (xml.Contains(field, StringComparison.Ordinal)) return $"DOCX 的 {entry.FullName} 中出现了域代码（{field}）";
            }
        }
        return null;
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][\w-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^<\s*(script|iframe|object|embed|base)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveElement();

    [GeneratedRegex(@"(?<name>[^\s""'=<>/]+)(?:\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]+))?")]
    private static partial Regex Attribute();
}
