using System.Collections.Immutable;
using System.IO.Compression;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Docx;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Docx;

/// <summary>
/// The .docx bytes of documents covering every construct the writer knows equal the golden packages in
/// Docx/Golden: the main part is written straight to XML (no SDK object tree), and these goldens were
/// made by the SDK-tree writer, so a change of even one byte in any part is caught. Set
/// REPORTGEN_ACCEPT=1 to rewrite them when a change is deliberate, and say why in the commit.
/// </summary>
public sealed class DocxBytesGoldenTests
{
    public static TheoryData<string> Names() => new(Documents.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Package_is_byte_identical_to_golden(string name)
    {
        using var output = new MemoryStream();
        new DocxWriter().Write(Documents[name], output);
        var actual = output.ToArray();
        var path = Path.Combine(TestFiles.Project, "Docx", "Golden", name + ".docx");
        if (Environment.GetEnvironmentVariable("REPORTGEN_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden package {path} is missing: run with REPORTGEN_ACCEPT=1 and review it");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        // Name the first part that differs, and where, so a failure says what to look at.
        var expectedParts = Parts(expected);
        var actualParts = Parts(actual);
        Assert.Equal(expectedParts.Keys, actualParts.Keys);
        foreach (var (part, bytes) in expectedParts)
        {
            var other = actualParts[part];
            var at = bytes.AsSpan().CommonPrefixLength(other);
            if (at == bytes.Length && at == other.Length) continue;
            Assert.Fail($"{name}: part {part} differs at byte {at}:\n  golden: {Excerpt(bytes, at)}\n  actual: {Excerpt(other, at)}");
        }
        Assert.Fail($"{name}: the parts are equal but the ZIP bytes differ");
    }

    private static SortedDictionary<string, byte[]> Parts(byte[] package)
    {
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }
        return parts;
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        var from = Math.Max(0, at - 60);
        return System.Text.Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, at + 60) - from);
    }

    private static readonly Dictionary<string, ReportDocument> Documents = new()
    {
        ["small"] = Small(),
        ["full"] = DocxTestDocuments.Full(),
        ["charts"] = DocxChartTests.ChartDocument(),
        ["edges"] = Edges(),
    };

    /// <summary>
    /// What the other documents lack: text with tabs, CR/LF and characters XML cannot carry, markup
    /// characters in text and attributes, a page break before a table and at the very end, tables
    /// side by side, a signature with co-signers and a long date, pictures scaled both ways, a picture
    /// type Word cannot embed, an empty table and a table without declared columns.
    /// </summary>
    private static ReportDocument Edges()
    {
        static TableRow Row(params TableCell[] cells) => new([.. cells]);
        var untyped = new Table([], [], [Row(C("甲"), C("1,234")), Row(C("乙 <&> \"引号\"", cs: 2)), Row(C("−5%"), C("3.5‰")), Row(new TableCell([new Text("粗", Strong: true), new LineBreak(), new Text("体")], Align: CellAlignment.Right), C("  ", a: CellAlignment.Center))], null, "无列宽的表 <&>");
        var blocks = ImmutableArray.Create<Block>(
            new Title(["标题 <&> \"甲\"", "第二行"]),
            new Paragraph([new Text("制表\t符\r\n换行\n再换\u000b控制\u0001字符 <a href=\"x\">&amp;</a> 🀄"), new Text("加粗", Strong: true), new LineBreak()], ParagraphKind.Plain),
            new Paragraph(T("居中"), ParagraphKind.Centered),
            new Paragraph(T("注：说明"), ParagraphKind.Note),
            new PageBreak(),
            DocxTestDocuments.ApplicationTable(),
            untyped,
            new Table([new ColumnSpec(1)], [], [], "空表", ""),
            new PageBreak(),
            new Heading(3, [new Text("三级"), new Text("标题", Strong: true)]),
            new Figure(new ImageFigure([.. DocxTestDocuments.TinyPng], "image/jpeg", 1000, 500), "宽图", "宽图 \"说明\" <&>\n第二行", 1),
            new Figure(new ImageFigure([.. DocxTestDocuments.TinyPng], "image/png", 100, 2000), "高图", "", 2),
            new Figure(new ImageFigure([1, 2], "image/svg+xml", 100, 100), "矢量图", "", 3),
            new Figure(new PlaceholderFigure(), "占位", "占位说明", null),
            new Paragraph(T("结尾段落")),
            new SignatureBlock(["示例区人民政府办公室", "示例区数据局", " "], "二〇二四年一月二十日（星期六）上午"),
            new SignatureBlock([], "2024年1月20日"),
            new SignatureBlock(["仅署名"], null),
            new PageBreak());
        var meta = new DocumentMetadata("边界 <&> \"文档\"", "作者 & 机关", "主题", ["关键词<1>", "&"], null, "edges/2024");
        return new ReportDocument(meta, blocks);
    }
}
