using Microsoft.Win32.SafeHandles;

namespace ReportGen.Files;

/// <summary>
/// A temp file being written (<see cref="OutputTarget.CreateTemp"/>): each write goes to the stream's own position
/// with a positional write (<c>pwrite</c>), so no seek is ever asked of the system, and no lock is taken (the file
/// was created exclusively under a name only this process knows). Write-only and seekable, like the
/// <see cref="FileStream"/> it stands for; callers buffer it (<see cref="BufferedStream"/>).
/// </summary>
internal sealed class TempFileStream(SafeFileHandle handle) : Stream
{
    private long _position, _length;

    public override bool CanRead => false;
    public override bool CanSeek => !handle.IsClosed;
    public override bool CanWrite => !handle.IsClosed;

    public override long Length
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsClosed, this);
            return _length;
        }
    }

    public override long Position
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsClosed, this);
            return _position;
        }
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        var position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (position < 0) throw new IOException("seek before the start of the file");
        return _position = position;
    }

    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        RandomAccess.SetLength(handle, value);
        _length = value;
        if (_position > value) _position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (buffer.IsEmpty) return;
        RandomAccess.Write(handle, buffer, _position);
        _position += buffer.Length;
        if (_position > _length) _length = _position;
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Nothing is held here: every write has reached the system already.</summary>
    public override void Flush() => ObjectDisposedException.ThrowIf(handle.IsClosed, this);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) handle.Dispose();
        base.Dispose(disposing);
    }
}
