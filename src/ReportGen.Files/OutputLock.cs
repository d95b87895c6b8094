namespace ReportGen.Files;

/// <summary>
/// One writer per output folder at a time: two builds (or a build and a watch) writing the same reports
/// would rename over each other's files and clean up each other's temp files. The lock is the system's
/// own file lock on <c>&lt;out&gt;/.reportgen.lock</c>, released by the system when the holder exits or
/// is killed, so a lock can never be left stale. The file itself stays (removing it would let a third
/// run lock a new file while a second still waits on the old one).
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".reportgen.lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another process holds it.</summary>
    /// <exception cref="OutputException">The folder cannot be made or the lock file cannot be opened at all.</exception>
    public static OutputLock? TryAcquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(folder, OutputProblem.NoFolder, IoFailures.Classify(e), e); }
        OutputTarget.Check(path);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));
        }
        catch (IOException e) when (e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021))
        {
            // EWOULDBLOCK (Linux 11, macOS 35) or a sharing violation (Windows): held by another run.
            return null;
        }
        catch (Exception e) when (IoFailures.IsIo(e)) { throw new OutputException(path, OutputProblem.Failed, IoFailures.Classify(e), e); }
    }

    /// <summary>
    /// Waits for the lock, checking every <paramref name="interval"/> on <paramref name="time"/>'s clock;
    /// <paramref name="onWait"/> is called once, when the first attempt finds the folder busy.
    /// </summary>
    /// <returns>The lock, or null when <paramref name="timeout"/> passed (null: wait as long as it takes) or the wait was cancelled.</returns>
    public static OutputLock? Acquire(string folder, TimeProvider time, TimeSpan interval, TimeSpan? timeout, Action? onWait = null, CancellationToken cancellation = default)
    {
        var started = time.GetTimestamp();
        var told = false;
        while (true)
        {
            if (TryAcquire(folder) is { } held) return held;
            if (!told) { told = true; onWait?.Invoke(); }
            if (timeout is { } limit && time.GetElapsedTime(started) >= limit) return null;
            try { Task.Delay(interval, time, cancellation).Wait(cancellation); }
            catch (Exception e) when (e is OperationCanceledException or AggregateException) { return null; }
        }
    }

    public void Dispose() => _stream.Dispose();
}
