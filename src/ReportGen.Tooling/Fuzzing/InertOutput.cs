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
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            // Latin-1 keeps every byte one char: the names we look for are ASCII, in the uncompressed object dictionaries.
            var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(path));
            if (!pdf.StartsWith("%PDF-", StringComparison.Ordinal) || !pdf.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal)) return "PDF 文件不完整";
            // Action dictionaries as the writer spells them (long enough never to occur by chance in compressed bytes).
            foreach (var action in new[] { "/S /JavaScript", "/S /Launch", "/S /SubmitForm", "/S /ImportData", "/S /GoToE", "/Type /EmbeddedFile", "/Subtype /RichMedia" })
                if (pdf.Contains(action, StringComparison.Ordinal)) return $"PDF 中出现了可执行动作（{action}）";
            // Only web and mail addresses are link targets.
            foreach (Match uri in PdfUri().Matches(pdf))
                if (uri.Groups[1].Value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || uri.Groups[1].Value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
                    return $"PDF 中出现了不安全的链接目标（{uri.Groups[1].Value[..Math.Min(40, uri.Groups[1].Value.Length)]}）";
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

    [GeneratedRegex(@"/S /URI /URI \(([^()\\]{0,20})", RegexOptions.NonBacktracking)]
    private static partial Regex PdfUri();

    [GeneratedRegex(@"<(?<name>[a-zA-Z][\w-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^<\s*(script|iframe|object|embed|base)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveElement();

    [GeneratedRegex(@"(?<name>[^\s""'=<>/]+)(?:\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]+))?")]
    private static partial Regex Attribute();
}
