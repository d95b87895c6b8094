using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// A growable byte buffer with the few PDF token writers we need. Numbers are formatted by hand
/// (invariant, at most three decimals) because number formatting dominates content-stream cost.
/// </summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private byte[] _data = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;

    public int Length => _length;
    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Return()
    {
        ArrayPool<byte>.Shared.Return(_data);
        _data = [];
        _length = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int extra)
    {
        if (_length + extra > _data.Length) Grow(extra);
    }

    private void Grow(int extra)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_data.Length * 2, _length + extra));
        _data.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_data);
        _data = bigger;
    }

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_data.AsSpan(_length));
        _length += bytes.Length;
        return this;
    }

    /// <summary>ASCII text (PDF syntax); callers never pass non-ASCII here.</summary>
    public PdfBuffer A(string ascii)
    {
        Ensure(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) _data[_length++] = (byte)ascii[i];
        return this;
    }

    public PdfBuffer Utf8(string text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _data.AsSpan(_length));
        return this;
    }

    public PdfBuffer B(byte b)
    {
        Ensure(1);
        _data[_length++] = b;
        return this;
    }

    public PdfBuffer I(long value)
    {
        Ensure(20);
        value.TryFormat(_data.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A real with up to three decimals, no exponent, no trailing zeros.</summary>
    /// <remarks>
    /// Written digit by digit into one reserved stretch: a page's content stream is mostly these numbers (every glyph's
    /// position), and formatting each part through the general integer formatter was a visible share of the PDF writer.
    /// </remarks>
    public PdfBuffer N(double value)
    {
        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        Ensure(MaxNumberLength);
        var d = _data;
        var p = _length;
        ulong magnitude;
        if (scaled < 0)
        {
            d[p++] = (byte)'-';
            magnitude = (ulong)(-(scaled + 1)) + 1;
        }
        else magnitude = (ulong)scaled;
        p = Digits(d, p, magnitude / 1000);
        var frac = (int)(magnitude % 1000);
        if (frac != 0)
        {
            d[p++] = (byte)'.';
            d[p++] = (byte)('0' + frac / 100);
            frac %= 100;
            if (frac != 0)
            {
                d[p++] = (byte)('0' + frac / 10);
                frac %= 10;
                if (frac != 0) d[p++] = (byte)('0' + frac);
            }
        }
        _length = p;
        return this;
    }

    /// <summary>Sign, twenty digits, point and three decimals.</summary>
    private const int MaxNumberLength = 25;

    private static int Digits(byte[] d, int p, ulong value)
    {
        var end = p + CountDigits(value);
        var q = end;
        do
        {
            d[--q] = (byte)('0' + (int)(value % 10));
            value /= 10;
        } while (value != 0);
        return end;
    }

    private static int CountDigits(ulong value)
    {
        var n = 1;
        while (value >= 10)
        {
            value /= 10;
            n++;
        }
        return n;
    }

    /// <summary>Four hex digits (a two-byte CID).</summary>
    public PdfBuffer Hex4(int value)
    {
        Ensure(4);
        _data[_length++] = HexDigit(value >> 12);
        _data[_length++] = HexDigit(value >> 8);
        _data[_length++] = HexDigit(value >> 4);
        _data[_length++] = HexDigit(value);
        return this;
    }

    /// <summary>A text string as UTF-16BE hex with BOM: safe for any characters, no escaping.</summary>
    public PdfBuffer TextString(string text)
    {
        A("<FEFF");
        foreach (var c in text) Hex4(c);
        return B((byte)'>');
    }

    public PdfBuffer Ref(int objectNumber) => I(objectNumber).A(" 0 R");

    private static byte HexDigit(int v) => (byte)"0123456789ABCDEF"[v & 0xF];

    public byte[] ToArray() => Span.ToArray();
}
