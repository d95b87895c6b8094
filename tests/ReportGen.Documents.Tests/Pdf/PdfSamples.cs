using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Tests.Docx;
using ReportGen.Documents.Tests.Fonts;
using ReportGen.Documents.Tests.Layout;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Every kind of PDF the tests make, by name, written once per run: the in-process checks
/// (<see cref="PdfWellFormedTests"/>) and the external second opinions (<see cref="PdfExternalTests"/>) read the same files.
/// </summary>
public static class PdfSamples
{
    private sealed record Sample(Func<byte[]> Make, Func<ReportDocument>? TextOf);

    private static readonly Dictionary<string, Sample> Catalog = Build();
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Made = new();
    private static readonly ConcurrentDictionary<string, Lazy<string>> Saved = new();

    private static Dictionary<string, Sample> Build()
    {
        var catalog = new Dictionary<string, Sample>(StringComparer.Ordinal)
        {
            ["sample"] = new(() => PdfFixture.Sample, SampleDocuments.Small),
            ["empty"] = new(() => PdfFixture.Render(Empty()), Empty),
            ["strong"] = new(() => PdfFixture.Render(Strong()), Strong),
            ["links"] = new(() => PdfFixture.Render(StructureTreeTests.WithLinks()), StructureTreeTests.WithLinks),
            ["table3"] = new(() => PdfFixture.Render(Table3Sample.Document()), null),
            ["charts"] = new(() => PdfFixture.Render(PdfChartTests.Charts()), null),
            ["paths"] = new(FrameSerialisationTests.PathsPdf, null),
            ["png"] = new(() => PdfFixture.Render(WithPicture(Png(), "image/png", 400, 200)), null),
            ["jpeg"] = new(() => PdfFixture.Render(WithPicture(Jpeg(), "image/jpeg", 166, 234)), null),
            ["random-11"] = new(() => PdfFixture.Render(RandomDocumentTests.ForPdf(11)), null),
            ["random-12"] = new(() => PdfFixture.Render(RandomDocumentTests.ForPdf(12)), null),
            ["cff"] = new(() => RenderWith(CffTestFont.WriterFor(new FontSource(CffTestFont.FilePath)), SampleDocuments.Small()), SampleDocuments.Small),
        };
        foreach (var seed in SeedDocuments.Names().Select(n => (string)n[0]))
            catalog["seed-" + Path.GetFileNameWithoutExtension(seed)] = new(() => PdfFixture.Render(SeedDocuments.Load(seed)), () => SeedDocuments.Load(seed));
        return catalog;
    }

    public static IEnumerable<object[]> Names() => Catalog.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    /// <summary>The samples whose whole text, in reading order, is <see cref="DocumentText.Of"/> their document.</summary>
    public static IEnumerable<object[]> WithText() => Catalog.Where(c => c.Value.TextOf is not null).Select(c => c.Key).Order(StringComparer.Ordinal).Select(n => new object[] { n });

    public static byte[] Get(string name) => Made.GetOrAdd(name, n => new Lazy<byte[]>(Catalog[n].Make)).Value;

    /// <summary>The file an external program reads.</summary>
    public static string PathOf(string name) => Saved.GetOrAdd(name, n => new Lazy<string>(() => PdfFixture.Save(Get(n), n))).Value;

    public static ReportDocument TextOf(string name) => Catalog[name].TextOf?.Invoke() ?? throw new ArgumentException($"{name} has no document text");

    public static ReportDocument Empty() => SampleDocuments.Small() with { Blocks = [] };

    public static ReportDocument Strong() => SampleDocuments.Small() with
    {
        Blocks = [new Paragraph([new Text("（二）依申请公开。", Strong: true), new Text("规范办理程序。")])],
    };

    /// <summary>The sample with its figure replaced by a picture.</summary>
    public static ReportDocument WithPicture(byte[] data, string mediaType, int width, int height)
    {
        var doc = SampleDocuments.Small();
        return doc with { Blocks = [.. doc.Blocks.Select(b => b is Figure f ? f with { Content = new ImageFigure([.. data], mediaType, width, height) } : b)] };
    }

    /// <summary>The pixels of <see cref="Png"/>: 4×2 RGB, row by row.</summary>
    public static byte[] PngPixels()
    {
        var pixels = new List<byte>();
        for (var y = 0; y < 2; y++)
            for (var x = 0; x < 4; x++) pixels.AddRange([(byte)(x * 60), (byte)(y * 120), 200]);
        return [.. pixels];
    }

    /// <summary>A 4×2 RGB PNG made by hand (filter 0 scanlines, zlib).</summary>
    public static byte[] Png()
    {
        var raw = new MemoryStream();
        var pixels = PngPixels();
        for (var y = 0; y < 2; y++)
        {
            raw.WriteByte(0);
            raw.Write(pixels, y * 12, 12);
        }
        var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.Optimal, true)) zs.Write(raw.ToArray());
        var ms = new MemoryStream();
        ms.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            Span<byte> len = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
            ms.Write(len);
            ms.Write(System.Text.Encoding.ASCII.GetBytes(type));
            ms.Write(data);
            ms.Write(new byte[4]); // CRC is not checked by the writer
        }
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, 4);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), 2);
        ihdr[8] = 8;
        ihdr[9] = 2;
        Chunk("IHDR", ihdr);
        Chunk("IDAT", z.ToArray());
        Chunk("IEND", []);
        return ms.ToArray();
    }

    /// <summary>A real JPEG: page 1 of the sample as poppler drew it (pdftoppm -jpeg -r 20), kept as a fixture.</summary>
    public static byte[] Jpeg() => File.ReadAllBytes(Path.Combine(TestFiles.Project, "Pdf", "Fixtures", "sample-page-1.jpg"));

    private static byte[] RenderWith(global::ReportGen.Documents.Writers.Pdf.PdfWriter writer, ReportDocument doc)
    {
        using var ms = new MemoryStream();
        writer.Write(doc, ms);
        return ms.ToArray();
    }
}
