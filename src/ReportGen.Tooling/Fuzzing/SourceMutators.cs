using System.IO.Compression;
using System.Text;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Mutators of published reports (what <c>reportgen import</c> reads): the byte mutators, plus what broken
/// or hostile pages, Word files and PDFs look like — wrong charsets, unclosed and deeply nested tags,
/// absurd spans, injected script; corrupted, truncated and inflated ZIP parts; damaged PDF structure.
/// </summary>
public static class SourceMutators
{
    public static IReadOnlyList<Mutator> All { get; } = new Mutator[]
    {
        new("truncate", ByteMutators.Truncate),
        new("bit-flip", ByteMutators.FlipBits),
        new("random-bytes", ByteMutators.RandomBytes),
        new("invalid-utf8", ByteMutators.InvalidUtf8Sequence),
        new("bom", ByteMutators.Bom),
        new("wrong-charset", WrongCharset),
        new("markup-damage", MarkupDamage),
        new("deep-nesting", DeepNesting),
        new("absurd-spans", AbsurdSpans),
        new("script-injection", ScriptInjection),
        new("zip-entry-damage", ZipEntryDamage),
        new("zip-inflate", ZipInflate),
        new("pdf-structure", PdfStructure),
        new("stacked", Stacked),
    };

    private static bool IsZip(byte[] b) => b.Length > 4 && b[0] == 'P' && b[1] == 'K';
    private static bool IsPdf(byte[] b) => b.Length > 4 && b[0] == '%' && b[1] == 'P';

    /// <summary>A charset declaration that lies, or the whole page re-encoded as GBK.</summary>
    private static byte[] WrongCharset(byte[] input, Random rng)
    {
        if (IsZip(input) || IsPdf(input)) return ByteMutators.FlipBits(input, rng);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.UTF8.GetString(input);
        return rng.Next(3) switch
        {
            0 => Encoding.UTF8.GetBytes(text.Replace("charset=\"utf-8\"", "charset=\"gb2312\"").Replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">")),
            1 => Encoding.GetEncoding("GB18030").GetBytes(text),
            _ => Encoding.GetEncoding("GB18030").GetBytes(text.Replace("utf-8", "big5")),
        };
    }

    /// <summary>Closing tags dropped, tags cut in half, table structure scrambled.</summary>
    private static byte[] MarkupDamage(byte[] input, Random rng)
    {
        if (IsZip(input) || IsPdf(input)) return ByteMutators.RandomBytes(input, rng);
        var text = Encoding.UTF8.GetString(input);
        for (var n = rng.Next(1, 20); n > 0 && text.Length > 0; n--)
        {
            var at = rng.Next(text.Length);
            text = rng.Next(4) switch
            {
                0 => text.Remove(at, Math.Min(text.Length - at, rng.Next(1, 40))),
                1 => text.Insert(at, YamlText.Pick(rng, new[] { "<td>", "</tr>", "<table>", "<tr><td rowspan=\"3\">", "</p>", "<h2>", "<br>", "&#0;", "&nbsp;", "<!--" })),
                2 => text.Replace("</td>", ""),
                _ => text.Insert(at, "\t"),
            };
        }
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] DeepNesting(byte[] input, Random rng)
    {
        if (IsZip(input) || IsPdf(input)) return ByteMutators.Truncate(input, rng);
        var depth = rng.Next(2) == 0 ? 2_000 : 100_000;
        var at = rng.Next(input.Length + 1);
        var tag = YamlText.Pick(rng, new[] { "<div>", "<span>", "<table><tr><td>", "<b>" });
        return [.. input[..at], .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(tag, depth))), .. input[at..]];
    }

    private static byte[] AbsurdSpans(byte[] input, Random rng)
    {
        if (IsZip(input) || IsPdf(input)) return ByteMutators.FlipBits(input, rng);
        var text = Encoding.UTF8.GetString(input);
        var span = YamlText.Pick(rng, new[] { "2147483647", "-5", "0", "100000", "1e9", "x" });
        return Encoding.UTF8.GetBytes(rng.Next(2) == 0 ? text.Replace("<td>", $"<td colspan=\"{span}\">") : text.Replace("rowspan=\"", $"rowspan=\"{span}"));
    }

    private static byte[] ScriptInjection(byte[] input, Random rng)
    {
        if (IsZip(input) || IsPdf(input)) return ByteMutators.RandomBytes(input, rng);
        var text = Encoding.UTF8.GetString(input);
        var at = rng.Next(text.Length + 1);
        var payload = YamlText.Pick(rng, new[]
        {
            "<script>while(1){}</script>", "${table3.x}", "{{ report.GetType }}", "<img src=x onerror=alert(1)>", "\u202E反转\u202C",
            "<iframe src=\"file:///etc/passwd\"></iframe>", "#&#x0D;\n- key: value", "\"quoted: \\\"", "【待核对】", "$${",
        });
        return Encoding.UTF8.GetBytes(text.Insert(at, payload));
    }

    /// <summary>A .docx with one part's bytes damaged, removed, or replaced by garbage.</summary>
    private static byte[] ZipEntryDamage(byte[] input, Random rng)
    {
        if (!IsZip(input)) return ByteMutators.FlipBits(input, rng);
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var victim = rng.Next(source.Entries.Count);
            using var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                var i = 0;
                foreach (var entry in source.Entries)
                {
                    var mode = i++ == victim ? rng.Next(3) : -1;
                    if (mode == 0) continue; // removed
                    using var read = entry.Open();
                    var bytes = new MemoryStream();
                    read.CopyTo(bytes);
                    var content = bytes.ToArray();
                    if (mode == 1) content = ByteMutators.RandomBytes(content.Length == 0 ? new byte[1] : content, rng);
                    if (mode == 2) content = ByteMutators.Truncate(content.Length == 0 ? new byte[1] : content, rng);
                    using var write = target.CreateEntry(entry.FullName).Open();
                    write.Write(content);
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return ByteMutators.FlipBits(input, rng);
        }
    }

    /// <summary>A .docx that inflates far beyond its size: a bomb entry added, or thousands of entries.</summary>
    private static byte[] ZipInflate(byte[] input, Random rng)
    {
        if (!IsZip(input)) return ByteMutators.RandomBytes(input, rng);
        try
        {
            using var output = new MemoryStream();
            output.Write(input);
            using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
            {
                if (rng.Next(2) == 0)
                {
                    using var s = zip.CreateEntry("word/media/bomb.bin", CompressionLevel.SmallestSize).Open();
                    s.Write(new byte[rng.Next(2, 40) * 1024 * 1024]);
                }
                else
                    for (var i = 0; i < 2_500; i++) zip.CreateEntry($"customXml/item{i}.xml");
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return ByteMutators.Truncate(input, rng);
        }
    }

    /// <summary>A PDF whose cross-reference table, object numbers or stream lengths are damaged.</summary>
    private static byte[] PdfStructure(byte[] input, Random rng)
    {
        if (!IsPdf(input)) return ByteMutators.Truncate(input, rng);
        var text = Encoding.Latin1.GetString(input);
        text = rng.Next(4) switch
        {
            0 => text.Replace("startxref", "startxrf"),
            1 => text.Replace("/Length ", "/Length 9"),
            2 => text.Replace(" 0 R", " 99 R"),
            _ => text.Replace("endobj", "", StringComparison.Ordinal),
        };
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] Stacked(byte[] input, Random rng)
    {
        var count = rng.Next(2, 4);
        for (var i = 0; i < count && input.Length > 0; i++)
        {
            var m = All[rng.Next(All.Count - 1)];
            if (m.Name is "deep-nesting" or "zip-inflate" && i > 0) continue;
            input = m.Apply(input, rng);
        }
        return input;
    }
}
