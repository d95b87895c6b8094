namespace ReportGen.Files;

/// <summary>
/// Several outputs of one report that appear together or not at all: each is streamed into a temp
/// file beside its target, and only when all were written are they renamed into place. Nothing is
/// held in memory, and a writer failure (or a kill) leaves the previous outputs untouched.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _pending = new();

    public void Write(string target, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{AtomicFile.TempSuffix}");
        _pending.Add((temp, target));
        using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
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
