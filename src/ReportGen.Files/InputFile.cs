using System.Text;

namespace ReportGen.Files;

/// <summary>
/// Every read of the product: data files, last year's and members' files, pictures, templates,
/// format definitions, fonts and stamps. A read resolves the real path (every link, every step),
/// confines it to the caller's root when one is given, reads regular files only, and judges the
/// size before reading a byte. Problems come back typed (<see cref="FileProblem"/>), never thrown.
/// </summary>
public static class InputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What <see cref="Read"/> would find, without reading the content (for checks that need no bytes).</summary>
    /// <param name="root">A folder the file must really be inside; null when the user named the file themselves.</param>
    public static FileRead Probe(FileKind kind, string path, string? root = null) => Examine(kind, path, root, read: false);

    /// <param name="root">A folder the file must really be inside; null when the user named the file themselves.</param>
    public static FileRead Read(FileKind kind, string path, string? root = null) => Examine(kind, path, root, read: true);

    /// <summary>The file as UTF-8 text (a byte order mark is skipped), or null with <paramref name="read"/> saying why.</summary>
    public static string? ReadText(FileKind kind, string path, out FileRead read, string? root = null)
    {
        read = Read(kind, path, root);
        if (!read.Ok) return null;
        var bytes = read.Content;
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>A stream over a regular file of this kind (for readers that seek, like the font index); null when it cannot be read.</summary>
    public static Stream? OpenRead(FileKind kind, string path, string? root = null)
    {
        var probe = Probe(kind, path, root);
        if (!probe.Ok) return null;
        try { return new FileStream(probe.RealPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 4096); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return null; }
    }

    /// <summary>
    /// Line <paramref name="number"/> (1-based) of a text file, at most <paramref name="maxChars"/> characters of it
    /// (the rest of the line is skipped, not held); null when the file cannot be read or is shorter.
    /// Streams: a huge file is never loaded to show one line of it.
    /// </summary>
    public static string? ReadLine(string path, int number, int maxChars)
    {
        if (number < 1 || FileType.Of(path) != EntryType.Regular) return null;
        try
        {
            using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
            var line = new StringBuilder();
            for (var current = 1; ; current++)
            {
                line.Clear();
                int c;
                while ((c = reader.Read()) >= 0 && c != '\n')
                {
                    if (c == '\r' && reader.Peek() == '\n') { reader.Read(); break; }
                    if (c == '\r') break;
                    if (line.Length < maxChars) line.Append((char)c);
                }
                if (current == number) return c < 0 && line.Length == 0 ? null : line.ToString();
                if (c < 0) return null;
            }
        }
        catch (Exception e) when (IoFailures.IsIo(e)) { return null; }
    }

    private static FileRead Examine(FileKind kind, string path, string? root, bool read)
    {
        string real;
        // The root's real path, when the root is a folder on the path's way: found in the same walk (see RealPath.Of).
        string? realRoot = null;
        try { real = root is null ? RealPath.Of(path) : RealPath.Of(path, root, out realRoot); }
        catch (TooManyLinksException) { return new FileRead(kind, path, FileProblem.TooManyLinks); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return new FileRead(kind, path, FileProblem.Unreadable, Failure: IoFailures.Classify(e)); }

        // One stat: the type, and for a regular file its size.
        var entry = FileType.Examine(real);
        var type = entry.Type;
        if (root is not null && type != EntryType.Missing && !RealPath.IsUnder(realRoot ?? RealPath.Of(root), real))
            return new FileRead(kind, path, FileProblem.OutsideRoot, RealPath: real);
        if (type is EntryType.Directory or EntryType.Special)
            return new FileRead(kind, path, FileProblem.NotAFile, RealPath: real);
        if (type == EntryType.Missing)
            return Missing(kind, path, real, entry.Errno);

        var length = entry.Size;
        if (length < 0)
        {
            try { length = new FileInfo(real).Length; }
            catch (Exception e) when (IoFailures.IsIo(e)) { return new FileRead(kind, path, FileProblem.Unreadable, RealPath: real, Failure: IoFailures.Classify(e)); }
        }
        if (length > FileLimits.For(kind))
            return new FileRead(kind, path, FileProblem.TooLarge, RealPath: real, Length: length);
        if (!read) return new FileRead(kind, path, FileProblem.None, RealPath: real, Length: length);

        try
        {
            var bytes = ReadBounded(real, FileLimits.For(kind));
            return bytes is null
                ? new FileRead(kind, path, FileProblem.TooLarge, RealPath: real, Length: FileLimits.For(kind) + 1)
                : new FileRead(kind, path, FileProblem.None, bytes, real, bytes.Length);
        }
        catch (Exception e) when (IoFailures.IsIo(e))
        {
            var failure = IoFailures.Classify(e);
            return new FileRead(kind, path, failure == IoFailure.NotFound ? FileProblem.Missing : FileProblem.Unreadable, RealPath: real, Failure: failure);
        }
    }

    /// <summary>A path with nothing at its end: missing, unless the system says why it could not even look (no permission on a folder, say).</summary>
    /// <param name="errno">Why stat found nothing at <paramref name="real"/> (0: not known).</param>
    private static FileRead Missing(FileKind kind, string path, string real, int errno)
    {
        // The path as given is the real one (no link on its way, no ".."): opening it would walk the very names stat just
        // walked and stop where stat stopped, for the same reason, so stat's reason is the answer.
        if (errno != 0 && string.Equals(Path.GetFullPath(path), real, StringComparison.Ordinal))
        {
            var known = IoFailures.Classify(NativeFiles.Failure(errno, path));
            return new FileRead(kind, path, known == IoFailure.NotFound ? FileProblem.Missing : FileProblem.Unreadable, RealPath: real, Failure: known);
        }
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            return new FileRead(kind, path, FileProblem.Missing, RealPath: real, Failure: IoFailure.NotFound);
        }
        catch (Exception e) when (IoFailures.IsIo(e))
        {
            var failure = IoFailures.Classify(e);
            return new FileRead(kind, path, failure == IoFailure.NotFound ? FileProblem.Missing : FileProblem.Unreadable, RealPath: real, Failure: failure);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when there are more (a file that grew, or lied about its size).</summary>
    private static byte[]? ReadBounded(string path, long limit)
    {
        // No SequentialScan: the file is read in one call of its announced length, so the read-ahead hint (one more call per file) bought nothing.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var expected = stream.CanSeek ? stream.Length : 0;
        if (expected > limit) return null;
        var buffer = new byte[expected];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0) return buffer[..read];
            read += n;
        }
        // Anything beyond the announced length (a file being appended to, a /proc-like file) counts against the limit too.
        var probe = new byte[1];
        if (stream.Read(probe, 0, 1) == 0) return buffer;
        using var extra = new MemoryStream();
        extra.Write(probe, 0, 1);
        var chunk = new byte[81920];
        int m;
        while ((m = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (read + extra.Length + m > limit) return null;
            extra.Write(chunk, 0, m);
        }
        if (read + extra.Length > limit) return null;
        var all = new byte[read + extra.Length];
        buffer.CopyTo(all, 0);
        extra.ToArray().CopyTo(all, read);
        return all;
    }
}
