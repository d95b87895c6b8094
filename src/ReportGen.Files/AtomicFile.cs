using System.Diagnostics;

namespace ReportGen.Files;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete file:
/// write a temp file beside it, then rename over. A failed write or a killed process leaves the old
/// file. Every write of the product goes this way (outputs, stamps, the schema, the summary, a new
/// workspace), so every one refuses a target that is not a regular file and reports a failed write.
/// (No fsync per file: it cost more than rendering in a batch; the rename is what makes a killed run
/// safe, and the next run's stamps repair anything a power cut could lose.)
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".reportgen-tmp";

    /// <exception cref="OutputException">The target is not a regular file, or the write failed (nothing replaced).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        // Checked before the temp file is made, so none is created beside a target that is a folder or a device (/dev/full),
        // and again by Replace just before the rename: one may appear while the temp file is written.
        OutputTarget.Check(path);
        var stream = OutputTarget.CreateTemp(path, out var temp);
        OutputTarget.Fill(path, temp, stream, write);
        OutputTarget.Replace(temp, path);
    }

    /// <summary>
    /// Removes temp files a killed run left behind (they are never valid outputs): only those of processes
    /// no longer running, so a run never deletes the temp files of another that is still writing.
    /// </summary>
    public static int CleanStale(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        var count = 0;
        foreach (var f in FileTree.Find(directory, "*" + TempSuffix).Files)
            if (!OwnerIsRunning(f) && OutputTarget.TryDelete(f)) count++;
        return count;
    }

    /// <summary>Temp names carry the writer's process id: .name.&lt;pid&gt;.&lt;n&gt;.reportgen-tmp.</summary>
    private static bool OwnerIsRunning(string tempFile)
    {
        var parts = Path.GetFileName(tempFile)[..^TempSuffix.Length].Split('.');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var pid)) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { return false; }
    }
}
