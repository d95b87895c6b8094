using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Tests.Pdf.Inspection;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// What <c>qpdf --check</c> proves, in-process on every machine: every PDF the tests make parses object by object
/// through its cross-reference table, every stream decodes, every reference resolves, the page tree is whole, and
/// every page's content is valid operator syntax with balanced text objects, graphics states and marked content.
/// The last tests break files on purpose, so a reader that let everything through would fail here.
/// </summary>
public class PdfWellFormedTests
{
    [Theory]
    [MemberData(nameof(PdfSamples.Names), MemberType = typeof(PdfSamples))]
    public void Every_pdf_the_tests_make_is_well_formed(string sample)
    {
        var pdf = PdfFile.Read(PdfSamples.Get(sample));
        Assert.True(pdf.Problems.Count == 0, pdf.Report);
        Assert.Equal("1.7", pdf.Version);
        Assert.NotEmpty(pdf.Pages);
        Assert.Contains(pdf.Objects.Values, o => o is PdfStream);
        foreach (var (reference, page) in pdf.Pages)
        {
            var depth = new Dictionary<string, int> { ["BT"] = 0, ["q"] = 0, ["BDC"] = 0 };
            foreach (var (operands, op) in PdfSyntax.ContentOperations(pdf.PageContent(page)))
            {
                switch (op)
                {
                    case "BT": Assert.Equal(0, depth["BT"]++); break; // text objects do not nest
                    case "ET": Assert.Equal(1, depth["BT"]--); break;
                    case "q": depth["q"]++; break;
                    case "Q": Assert.True(depth["q"]-- > 0, $"{sample} page {reference}: Q without q"); break;
                    case "BDC" or "BMC": depth["BDC"]++; break;
                    case "EMC": Assert.True(depth["BDC"]-- > 0, $"{sample} page {reference}: EMC without BDC"); break;
                    case "Tj" or "TJ" or "Tf" or "Tm" or "Tc" or "Td": Assert.True(depth["BT"] == 1, $"{sample} page {reference}: {op} outside BT…ET"); break;
                }
                if (op == "BDC") Assert.IsType<PdfName>(operands[0]);
            }
            Assert.All(depth, d => Assert.True(d.Value == 0, $"{sample} page {reference}: {d.Key} left open"));
        }
    }

    private static byte[] Sample => PdfFixture.Sample;

    private static string Problems(byte[] pdf) => PdfFile.Read(pdf).Report;

    [Fact]
    public void The_reader_finds_a_wrong_xref_offset()
    {
        var bytes = (byte[])Sample.Clone();
        var text = Encoding.Latin1.GetString(bytes);
        var entry = text.IndexOf(" 00000 n", text.LastIndexOf("\nxref\n", StringComparison.Ordinal), StringComparison.Ordinal) - 10;
        var offset = long.Parse(text.AsSpan(entry, 10));
        Encoding.Latin1.GetBytes((offset + 3).ToString("D10")).CopyTo(bytes, entry);
        Assert.Contains("does not point at", Problems(bytes));
    }

    [Fact]
    public void The_reader_finds_a_corrupt_flate_stream()
    {
        var bytes = (byte[])Sample.Clone();
        var at = Encoding.Latin1.GetString(bytes).IndexOf("/FlateDecode /Length", StringComparison.Ordinal);
        var data = Encoding.Latin1.GetString(bytes).IndexOf("stream\n", at, StringComparison.Ordinal) + "stream\n".Length;
        for (var i = data + 10; i < data + 30; i++) bytes[i] ^= 0x5A;
        Assert.Contains("does not decode", Problems(bytes));
    }

    [Fact]
    public void The_reader_finds_a_wrong_stream_length()
    {
        var text = Encoding.Latin1.GetString(Sample);
        var at = text.IndexOf("/FlateDecode /Length ", StringComparison.Ordinal) + "/FlateDecode /Length ".Length;
        var end = text.IndexOf(">>", at, StringComparison.Ordinal);
        var length = int.Parse(text.AsSpan(at, end - at));
        // Same number of digits, so every xref offset stays right and only the length is wrong.
        var wrong = text[..at] + (length - 1).ToString().PadLeft(end - at, '0') + text[end..];
        Assert.Contains("does not end at 'endstream'", Problems(Encoding.Latin1.GetBytes(wrong)));
    }

    [Fact]
    public void The_reader_finds_a_dangling_reference_and_a_broken_page_count()
    {
        // Edits of the same length, so every xref offset stays right and only these two things are wrong.
        var text = Encoding.Latin1.GetString(Sample);
        var root = Regex.Match(text, @"/StructTreeRoot (\d+) 0 R");
        var count = Regex.Match(text, @"/Type /Pages /Count (\d+)");
        var wrongCount = ((int.Parse(count.Groups[1].Value) + 1) % 10).ToString().PadLeft(count.Groups[1].Length, '1');
        var broken = text[..root.Index] + $"/StructTreeRoot {root.Groups[1].Value} 9 R" + text[(root.Index + root.Length)..];
        broken = broken[..count.Groups[1].Index] + wrongCount + broken[(count.Groups[1].Index + count.Groups[1].Length)..];
        var problems = Problems(Encoding.Latin1.GetBytes(broken));
        Assert.Contains($"reference {root.Groups[1].Value} 9 R points at no object", problems);
        Assert.Contains($"says /Count {wrongCount}", problems);
    }

    [Fact]
    public void The_reader_refuses_a_truncated_file_and_broken_content_syntax()
    {
        Assert.ThrowsAny<Exception>(() => PdfFile.Read(Sample[..(Sample.Length / 2)]));
        Assert.Throws<PdfSyntaxException>(() => PdfSyntax.ContentOperations("BT /F1 16 Tf [<0041> (unclosed TJ"u8.ToArray()));
        Assert.Throws<PdfSyntaxException>(() => PdfSyntax.ContentOperations("1 0 0 1 2"u8.ToArray()));
    }

    [Fact]
    public void The_reader_undoes_png_predictors_and_checks_the_jpeg_structure()
    {
        // Paeth-predicted rows, as the writer's PNG pass-through produces them.
        var raw = new byte[] { 4, 10, 20, 30, 4, 1, 1, 1 };
        using var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.Optimal, true)) zs.Write(raw);
        var dict = new PdfDict { ["Filter"] = new PdfName("FlateDecode"), ["DecodeParms"] = new PdfDict { ["Predictor"] = 15.0, ["Colors"] = 3.0, ["Columns"] = 1.0 } };
        var stream = new PdfStream(dict, z.ToArray());
        Assert.Equal(new byte[] { 10, 20, 30, 11, 21, 31 }, PdfFile.Read(Sample).Decode(stream));

        var jpeg = PdfSamples.Jpeg();
        Assert.Throws<InvalidDataException>(() => JpegMarkers.Read(jpeg.AsSpan(0, jpeg.Length - 2)));
        var wrongLength = (byte[])jpeg.Clone();
        wrongLength[5] = 0xFF; // the APP0 segment's length now runs past the data
        wrongLength[4] = 0xFF;
        Assert.Throws<InvalidDataException>(() => JpegMarkers.Read(wrongLength));
    }
}
