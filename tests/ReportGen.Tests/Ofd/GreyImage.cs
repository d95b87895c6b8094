using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Tests.Ofd;

/// <summary>
/// An 8-bit greyscale raster, read from pdftoppm's PGM or a browser screenshot's PNG (8-bit, not
/// interlaced: what both produce), and compared by SSIM.
/// </summary>
public sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Binary PGM (P5, maxval 255), as <c>pdftoppm -gray</c> writes it.</summary>
    public static GreyImage ReadPgm(byte[] data)
    {
        var pos = 0;
        string Token()
        {
            while (pos < data.Length && (char.IsWhiteSpace((char)data[pos]) || data[pos] == '#'))
            {
                if (data[pos] == '#') while (pos < data.Length && data[pos] != '\n') pos++;
                else pos++;
            }
            var start = pos;
            while (pos < data.Length && !char.IsWhiteSpace((char)data[pos])) pos++;
            return Encoding.ASCII.GetString(data, start, pos - start);
        }
        if (Token() != "P5") throw new InvalidDataException("not a binary PGM");
        var w = int.Parse(Token());
        var h = int.Parse(Token());
        if (Token() != "255") throw new InvalidDataException("PGM maxval must be 255");
        pos++; // the single whitespace after maxval
        return new GreyImage(w, h, data.AsSpan(pos, w * h).ToArray());
    }

    /// <summary>An 8-bit PNG (grey, grey+alpha, RGB or RGBA; alpha composited on white), converted with Rec. 601 luma.</summary>
    public static GreyImage ReadPng(byte[] data)
    {
        var pos = 8;
        int w = 0, h = 0, colourType = 0;
        using var idat = new MemoryStream();
        while (pos + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            var type = Encoding.ASCII.GetString(data, pos + 4, 4);
            var body = data.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                w = BinaryPrimitives.ReadInt32BigEndian(body);
                h = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[12] != 0) throw new InvalidDataException("only 8-bit non-interlaced PNG");
                colourType = body[9];
            }
            else if (type == "IDAT") idat.Write(body);
            else if (type == "IEND") break;
            pos += 12 + length;
        }
        var bpp = colourType switch { 0 => 1, 4 => 2, 2 => 3, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colourType}") };
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytes = raw.GetBuffer();
        var stride = w * bpp;
        var previous = new byte[stride];
        var line = new byte[stride];
        var grey = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            var offset = y * (stride + 1);
            var filter = bytes[offset];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? line[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
                int x = bytes[offset + 1 + i];
                line[i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + (a + b) / 2,
                    4 => x + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
            for (var px = 0; px < w; px++)
            {
                double r, g, bl, alpha = 1;
                var p = px * bpp;
                if (bpp <= 2) r = g = bl = line[p];
                else { r = line[p]; g = line[p + 1]; bl = line[p + 2]; }
                if (bpp is 2 or 4) alpha = line[p + bpp - 1] / 255.0;
                var luma = 0.299 * r + 0.587 * g + 0.114 * bl;
                grey[y * w + px] = (byte)Math.Round(luma * alpha + 255 * (1 - alpha));
            }
            (previous, line) = (line, previous);
        }
        return new GreyImage(w, h, grey);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>This image moved by (dx, dy) pixels, the uncovered edge white: the negative control of the measure.</summary>
    public GreyImage Shifted(int dx, int dy)
    {
        var result = new byte[Pixels.Length];
        Array.Fill(result, (byte)255);
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                int sx = x - dx, sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < Width && sy < Height) result[y * Width + x] = Pixels[sy * Width + sx];
            }
        return new GreyImage(Width, Height, result);
    }

    /// <summary>A [1 2 1]² binomial blur (σ ≈ 0.7 px): forgives the renderers' different anti-aliasing, not a displaced glyph.</summary>
    public GreyImage Smoothed()
    {
        var tmp = new int[Pixels.Length];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                tmp[y * Width + x] = this[Math.Max(x - 1, 0), y] + 2 * this[x, y] + this[Math.Min(x + 1, Width - 1), y];
        var result = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                result[y * Width + x] = (byte)((tmp[Math.Max(y - 1, 0) * Width + x] + 2 * tmp[y * Width + x] + tmp[Math.Min(y + 1, Height - 1) * Width + x] + 8) / 16);
        return new GreyImage(Width, Height, result);
    }

    public void SavePgm(string path)
    {
        using var f = File.Create(path);
        f.Write(Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        f.Write(Pixels);
    }
}
