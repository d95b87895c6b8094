using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>A growable byte buffer for XML written by hand: ASCII markup and UTF-8 text, no encoder object.</summary>
internal sealed class Utf8Buffer(int capacity)
{
    private byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public void Clear() => Length = 0;

    public ReadOnlyMemory<byte> Written => _bytes.AsMemory(0, Length);

    public void Byte(byte value)
    {
        if (Length == _bytes.Length) Grow(1);
        _bytes[Length++] = value;
    }

    /// <summary>Markup: names, prefixes, namespace URIs and entities, all ASCII.</summary>
    public void Ascii(string value)
    {
        if (Length + value.Length > _bytes.Length) Grow(value.Length);
        // Names of one to a dozen letters, millions of them per batch: a plain narrowing loop without the span's bounds
        // checks (the capacity was just ensured); the vectorised converters cost more than they save at these lengths.
        ref var to = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), Length);
        for (var i = 0; i < value.Length; i++) Unsafe.Add(ref to, i) = (byte)value[i];
        Length += value.Length;
    }

    /// <summary>Appends a copy of bytes already written, [<paramref name="start"/>, +<paramref name="length"/>).</summary>
    public void Repeat(int start, int length)
    {
        if (Length + length > _bytes.Length) Grow(length);
        _bytes.AsSpan(start, length).CopyTo(_bytes.AsSpan(Length));
        Length += length;
    }

    /// <summary>A run of text that needs no escaping, as UTF-8.</summary>
    public void Utf8(ReadOnlySpan<char> text)
    {
        var most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (Length + most > _bytes.Length) Grow(most);
        Length += System.Text.Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
}
