using System.Buffers.Binary;
using System.IO.Compression;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfImageTests
{
    /// <summary>A 4×2 RGB PNG made by hand (filter 0 scanlines, zlib).</summary>
    private static byte[] Png()
    {
        var raw = new MemoryStream();
        for (var y = 0; y < 2; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < 4; x++) raw.Write([(byte)(x * 60), (byte)(y * 120), 200]);
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

    [Fact]
    public void Png_figure_is_embedded_as_an_image_inside_the_figure_tag()
    {
        var doc = SampleDocuments.Small();
        var blocks = doc.Blocks.Select(b => b is Figure f ? f with { Content = new ImageFigure([.. Png()], "image/png", 400, 200) } : b).ToList();
        var pdf = PdfFixture.Render(doc with { Blocks = [.. blocks] });
        var path = PdfFixture.Save(pdf, "png");
        var (exit, stdout, stderr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0, stdout + stderr);
        var (_, list, _) = ExternalTool.Run("pdfimages", "-list", path);
        Assert.Matches(@"\s4\s+2\s+rgb\s+3\s+8\s", list);
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Predictor 15 /Colors 3", raw);
    }

    [Fact]
    public void Jpeg_figure_is_passed_through_unchanged()
    {
        // A real JPEG made by poppler from our own sample page.
        var prefix = Path.Combine(Path.GetTempPath(), "reportgen-jpeg-" + Environment.ProcessId);
        var (exit, _, err) = ExternalTool.Run("pdftoppm", "-jpeg", "-r", "20", "-f", "1", "-l", "1", "-singlefile", PdfFixture.SamplePath, prefix);
        Assert.True(exit == 0, err);
        var jpeg = File.ReadAllBytes(prefix + ".jpg");
        var doc = SampleDocuments.Small();
        var blocks = doc.Blocks.Select(b => b is Figure f ? f with { Content = new ImageFigure([.. jpeg], "image/jpeg", 165, 234) } : b).ToList();
        var pdf = PdfFixture.Render(doc with { Blocks = [.. blocks] });
        var path = PdfFixture.Save(pdf, "jpeg");
        var (qexit, qout, qerr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(qexit == 0, qout + qerr);
        var (_, list, _) = ExternalTool.Run("pdfimages", "-list", path);
        Assert.Contains("jpeg", list);
        // The JPEG bytes appear verbatim in the file (DCTDecode, no re-encoding).
        Assert.True(pdf.AsSpan().IndexOf(jpeg.AsSpan(0, 64)) > 0);
    }
}
