namespace ReportGen.Files;

/// <summary>
/// What every write shares: the target must be missing or a regular file (a device, folder or FIFO is
/// refused, never replaced or written into), its folder is made when missing, and the bytes go to a new
/// temp file beside it (created exclusively, so a planted file or link is never written through).
/// </summary>
internal static class OutputTarget
{
    private const int BufferSize = 64 * 1024;

    private static long _counter;

    /// <exception cref="OutputException">A folder, FIFO, device or socket is at <paramref name="target"/> (links followed).</exception>
    public static void Check(string target)
    {
        if (FileType.IsFolderOrSpecial(target))
            throw new OutputException(target, OutputProblem.NotARegularFile);
    }

    /// <summary>Opens a fresh temp file beside <paramref name="target"/>, making its folder when missing.</summary>
    public static Stream CreateTemp(string target, out string temp)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full) ?? throw new OutputException(target, OutputProblem.NotARegularFile);
        var name = Path.GetFileName(full);
        if (name.Length > 100) name = name[..100];
        temp = Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}{AtomicFile.TempSuffix}");
        // The folder exists for every output of a report but the first (and for all of them on a rebuild): the file is
        // tried first, and the folder made only when that failed. Then the file is tried once more, so a failure is
        // typed exactly as when the folder was always made first: the folder's own (NoFolder), or the file's (Failed).
        try { return Open(temp); }
        catch (Exception e) when (IoFailures.IsIo(e)) { }
        try { Directory.CreateDirectory(directory); }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(directory, OutputProblem.NoFolder, IoFailures.Classify(e), e); }
        try { return Open(temp); }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(target, OutputProblem.Failed, IoFailures.Classify(e), e); }
    }

    /// <summary>
    /// Creates the temp file (O_CREAT|O_EXCL). Without the advisory lock .NET takes on every file it opens: nothing
    /// locks or waits on a temp file (another run is kept out of the whole output folder by <see cref="OutputLock"/>,
    /// and stale temp files are told by the process id in their name), so the lock only cost two calls per file.
    /// </summary>
    private static Stream Open(string temp)
        => NativeFiles.CreateNew(temp) is { } handle
            ? new BufferedStream(new TempFileStream(handle), BufferSize)
            : new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);

    /// <summary>Writes and closes the temp stream; a failure (a full disk shows up here, or on close) is typed, the temp file removed.</summary>
    public static void Fill(string target, string temp, Stream stream, Action<Stream> write)
        => RemovingTempOnFailure(target, temp, () =>
        {
            using (stream)
            {
                write(stream);
                stream.Flush();
            }
        });

    /// <summary>Renames the temp file over the target.</summary>
    /// <param name="check">Check the target again just before (a folder or device may have appeared while the temp file was written);
    /// false only where the caller has just checked it (<see cref="AtomicFileSet.Commit"/>).</param>
    public static void Replace(string temp, string target, bool overwrite = true, bool check = true)
        => RemovingTempOnFailure(target, temp, () =>
        {
            if (check) Check(target);
            // Without overwrite .NET's own move is kept: it never replaces a file that appeared meanwhile.
            if (!overwrite || !NativeFiles.Rename(temp, target)) File.Move(temp, target, overwrite);
        });

    /// <summary>A step of the temp-and-rename write: whatever fails, the temp file goes; an I/O failure is typed against the target.</summary>
    private static void RemovingTempOnFailure(string target, string temp, Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (IoFailures.IsIo(e) && e is not OutputException)
        {
            TryDelete(temp);
            throw new OutputException(target, OutputProblem.Failed, IoFailures.Classify(e), e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static bool TryDelete(string path)
    {
        try { File.Delete(path); return true; }
        catch (Exception e) when (IoFailures.IsIo(e)) { return false; }
    }
}
