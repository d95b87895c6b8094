namespace ReportGen.Files;

/// <summary>
/// Several outputs of one report that appear together or not at all: each is streamed into a temp
/// file beside its target, and only when all were written are they renamed into place. Nothing is
/// held in memory, and a writer failure (or a kill) leaves the previous outputs untouched.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<(string Temp, string Target)> _pending = new();

    /// <exception cref="OutputException">The write failed (the target itself is judged by <see cref="Commit"/>).</exception>
    public void Write(string target, Action<Stream> write)
    {
        var stream = OutputTarget.CreateTemp(target, out var temp);
        OutputTarget.Fill(target, temp, stream, write);
        _pending.Add((temp, target));
    }

    /// <summary>Renames every temp file over its target; returns the targets.</summary>
    /// <exception cref="OutputException">A target is not a regular file (nothing of the set replaced), or a rename failed.</exception>
    public IReadOnlyList<string> Commit()
    {
        // Each target is checked once, here: after every writer ran and before the first rename. The writers take tens of
        // milliseconds, during which a folder, FIFO or device may appear at a target (a real race), and no output of the set
        // may replace anything while another would be refused (all or none). A check before writing only repeated this one
        // earlier (it spared the writers' work when a target was already wrong, an error case), and a check before each
        // rename repeated it microseconds later.
        foreach (var (_, target) in _pending) OutputTarget.Check(target);
        var done = new List<string>(_pending.Count);
        foreach (var (temp, target) in _pending)
        {
            OutputTarget.Replace(temp, target, check: false);
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
