namespace ReportGen.Files;

/// <summary>
/// Several outputs of one report that appear together or not at all: each is streamed into a temp
/// file beside its target, and only when all were written are they renamed into place. Nothing is
/// held in memory, and a writer failure (or a kill) leaves the previous outputs untouched.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _pending = new();

    /// <exception cref="OutputException">The target is not a regular file, or the write failed.</exception>
    public void Write(string target, Action<Stream> write)
    {
        OutputTarget.Check(target);
        var stream = OutputTarget.CreateTemp(target, out var temp);
        OutputTarget.Fill(target, temp, stream, write);
        _pending.Add((temp, target));
    }

    /// <summary>Renames every temp file over its target; returns the targets.</summary>
    public IReadOnlyList<string> Commit()
    {
        foreach (var (_, target) in _pending) OutputTarget.Check(target);
        var done = new List<string>(_pending.Count);
        foreach (var (temp, target) in _pending)
        {
            OutputTarget.Replace(temp, target);
            done.Add(target);
        }
        _pending.Clear();
        return done;
    }

    public void Dispose()
    {
        foreach (var (temp, _) in _pending) OutputTarget.TryDelete(temp);
        _pending.Clear();
    }
}
