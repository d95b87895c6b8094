using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Documents.Document;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Real published report texts (seeds/*.txt) turned into documents line by line: enough to run the
/// PDF writer over real prose (URLs, phone numbers, dashes, rare characters) without the data stage.
/// </summary>
public static partial class SeedDocuments
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
            return dir is null ? throw new DirectoryNotFoundException("seeds/") : Path.Combine(dir.FullName, "seeds");
        }
    }

    public static IEnumerable<object[]> Names()
        => System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static ReportDocument Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var blocks = new List<Block> { new Title([lines[0]]) };
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var span = new Diagnostics.SourceSpan(name, i + 1, 1);
            Block block = H1().IsMatch(line) && line.Length < 40 ? new Heading(1, T(line))
                : H2().IsMatch(line) && line.Length < 40 ? new Heading(2, T(line))
                : new Paragraph(T(line));
            blocks.Add(block with { Span = span });
        }
        var meta = new DocumentMetadata(lines[0], "测试", "政府信息公开工作年度报告", ["seed"], new DateOnly(2024, 1, 1), "seed/" + name);
        return new ReportDocument(meta, [.. blocks]);
    }

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex H1();

    [GeneratedRegex("^（[一二三四五六七八九十]+）")]
    private static partial Regex H2();
}
