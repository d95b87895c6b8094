using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// The bytes of a font file. A file from disk is mapped, not read: the installed CJK collections are 20–27 MB each,
/// a process resolves several of them (and the bundled fallbacks), and a report touches only their tables and the
/// glyphs it uses, so reading them whole cost every process its start-up time and about a hundred megabytes of
/// memory. Small files, and subsets just made, are held in an array. Read-only, shared by all threads.
/// </summary>
public sealed unsafe class FontBytes
{
    /// <summary>Below this a file is simply read: mapping has its own fixed cost.</summary>
    private const long MapFrom = 1 << 20;

    private readonly byte[]? _array;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly byte* _mapped;
    private GCHandle _pin;

    private FontBytes(byte[] array)
    {
        _array = array;
        Length = array.Length;
    }

    private FontBytes(MemoryMappedViewAccessor view, int length)
    {
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _mapped = pointer + view.PointerOffset;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array ?? new ReadOnlySpan<byte>(_mapped, Length);

    public static FontBytes Of(byte[] bytes) => new(bytes);

    /// <summary>The file at <paramref name="realPath"/> (already checked by the Files layer), mapped when large.</summary>
    public static FontBytes Map(string realPath, long length, Func<byte[]> read)
    {
        if (length < MapFrom || length > int.MaxValue) return new FontBytes(read());
        // The view outlives the file handle: the mapping stays valid once the descriptor is closed, so a
        // process holding many fonts holds no open files for them.
        using var file = MemoryMappedFile.CreateFromFile(realPath, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        return new FontBytes(view, (int)length);
    }

    /// <summary>
    /// A fixed address for native code that keeps it (a prepared HarfBuzz face): the mapping's own, or the array's,
    /// pinned for as long as these bytes live.
    /// </summary>
    public byte* Pin()
    {
        if (_array is null) return _mapped;
        lock (this)
        {
            if (!_pin.IsAllocated) _pin = GCHandle.Alloc(_array, GCHandleType.Pinned);
        }
        return (byte*)_pin.AddrOfPinnedObject();
    }

    ~FontBytes()
    {
        if (_pin.IsAllocated) _pin.Free();
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }
    }
}
