namespace ReportGen.Files;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete file:
/// write a temp file beside it, then rename over. A failed write or a killed process leaves the old
/// file. (No fsync per file: it cost more than rendering in a batch; the rename is what makes a
/// killed run safe, and the next run's stamps repair anything a power cut could lose.)
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".reportgen-tmp";

    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Removes temp files a killed run left behind; they are never valid outputs.</summary>
    public static int CleanStale(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        var count = 0;
        foreach (var f in Directory.EnumerateFiles(directory, "*" + TempSuffix, SearchOption.AllDirectories))
            if (TryDelete(f)) count++;
        return count;
    }

    private static bool TryDelete(string path)
    {
        try { File.Delete(path); return true; }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
