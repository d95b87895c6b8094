namespace ReportGen.Files;

/// <summary>
/// Several outputs of one report that appear together or not at all: each is streamed into a temp
/// file beside its target, and only when all were written are they renamed into place. Nothing is
/// held in memory, and a writer failure (or a kill) leaves the previous outputs untouched.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _pending = new();
    private string? _createdDirectory;

    public void Write(string target, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        // A report's outputs share one folder: create it once, not once per format.
        if (directory != _createdDirectory)
        {
            Directory.CreateDirectory(directory);
            _createdDirectory = directory;
        }
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{AtomicFile.TempSuffix}");
        _pending.Add((temp, target));
        // The temp name is this thread's own, so no lock is needed: FileShare.None would cost two flock calls per file.
        using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        write(stream);
    }

    /// <summary>Renames every temp file over its target; returns the targets.</summary>
    public IReadOnlyList<string> Commit()
    {
        var done = new List<string>(_pending.Count);
        foreach (var (temp, target) in _pending)
        {
            File.Move(temp, target, overwrite: true);
            done.Add(target);
        }
        _pending.Clear();
        return done;
    }

    public void Dispose()
    {
        foreach (var (temp, _) in _pending)
        {
            try { File.Delete(temp); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        _pending.Clear();
    }
}
