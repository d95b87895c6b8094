namespace ReportGen.Files;

/// <summary>
/// What every write shares: the target must be missing or a regular file (a device, folder or FIFO is
/// refused, never replaced or written into), its folder is made when missing, and the bytes go to a new
/// temp file beside it (created exclusively, so a planted file or link is never written through).
/// </summary>
internal static class OutputTarget
{
    private static long _counter;

    public static void Check(string target)
    {
        if (FileType.Of(target) is EntryType.Directory or EntryType.Special)
            throw new OutputException(target, OutputProblem.NotARegularFile);
    }

    /// <summary>Makes the folder of <paramref name="target"/> and opens a fresh temp file in it.</summary>
    public static FileStream CreateTemp(string target, out string temp)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full) ?? throw new OutputException(target, OutputProblem.NotARegularFile);
        try { Directory.CreateDirectory(directory); }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(directory, OutputProblem.NoFolder, IoFailures.Classify(e), e); }
        var name = Path.GetFileName(full);
        if (name.Length > 100) name = name[..100];
        temp = Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Interlocked.Increment(ref _counter)}{AtomicFile.TempSuffix}");
        try { return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024); }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(target, OutputProblem.Failed, IoFailures.Classify(e), e); }
    }

    /// <summary>Writes and closes the temp stream; a failure (a full disk shows up here, or on close) is typed, the temp file removed.</summary>
    public static void Fill(string target, string temp, FileStream stream, Action<Stream> write)
        => RemovingTempOnFailure(target, temp, () =>
        {
            using (stream)
            {
                write(stream);
                stream.Flush();
            }
        });

    /// <summary>Renames the temp file over the target, checked again just before (a folder or device may have appeared).</summary>
    public static void Replace(string temp, string target, bool overwrite = true)
        => RemovingTempOnFailure(target, temp, () =>
        {
            Check(target);
            File.Move(temp, target, overwrite);
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
