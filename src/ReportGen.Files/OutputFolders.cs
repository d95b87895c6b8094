namespace ReportGen.Files;

/// <summary>Why a folder cannot take a run's outputs (or a path cannot take a file), judged before any report is built.</summary>
public enum OutputFolderProblem
{
    None,
    /// <summary>Empty, or characters the system does not allow.</summary>
    BadPath,
    /// <summary>Exists and is a file, a device or a pipe.</summary>
    NotAFolder,
    /// <summary>Under /proc, /dev or /sys: pseudo files that accept writes without keeping them, or refuse them half-way.</summary>
    SystemFolder,
    /// <summary>Inside (or equal to) a folder the data is read from: outputs would mix with the inputs.</summary>
    InsideInputs,
    /// <summary>Contains a data folder: a later run would read its own outputs' neighbours as data.</summary>
    ContainsInputs,
}

public static class OutputFolders
{
    private static readonly string[] SystemRoots = ["/proc", "/dev", "/sys"];

    /// <param name="inputs">The data files and folders the run reads (a file counts by its folder's parent, the data folder).</param>
    public static OutputFolderProblem Judge(string outputRoot, IEnumerable<string> inputs)
    {
        string full;
        try { full = Path.GetFullPath(outputRoot); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return OutputFolderProblem.BadPath; }
        if (InSystemFolder(full)) return OutputFolderProblem.SystemFolder;
        if (FileType.Of(full) is EntryType.Regular or EntryType.Special) return OutputFolderProblem.NotAFolder;
        var realOut = Real(full);
        foreach (var input in inputs)
        {
            string folder;
            try
            {
                var inputFull = Path.GetFullPath(input);
                // A single data file sits in data/<agency>/: its data folder is two levels up.
                folder = File.Exists(inputFull) ? Path.GetDirectoryName(Path.GetDirectoryName(inputFull)) ?? inputFull : inputFull;
            }
            catch (Exception e) when (IoFailures.IsIo(e)) { continue; }
            var realIn = Real(folder);
            if (IsInside(realIn, realOut)) return OutputFolderProblem.InsideInputs;
            if (IsInside(realOut, realIn)) return OutputFolderProblem.ContainsInputs;
        }
        return OutputFolderProblem.None;
    }

    /// <summary>A file a command writes at its end: missing or a regular file, outside the system's pseudo folders.</summary>
    public static OutputFolderProblem JudgeFile(string path)
    {
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return OutputFolderProblem.BadPath; }
        if (InSystemFolder(full)) return OutputFolderProblem.SystemFolder;
        if (Path.EndsInDirectorySeparator(path) || FileType.Of(full) is EntryType.Directory or EntryType.Special) return OutputFolderProblem.NotAFolder;
        return OutputFolderProblem.None;
    }

    private static bool InSystemFolder(string full)
        => SystemRoots.Any(r => full == r || full.StartsWith(r + "/", StringComparison.Ordinal))
           || SystemRoots.Any(r => Real(full) is var real && (real == r || real.StartsWith(r + "/", StringComparison.Ordinal)));

    /// <summary>The real path of the longest existing part of <paramref name="full"/>, the rest appended (the output folder may not exist yet).</summary>
    private static string Real(string full)
    {
        var rest = new Stack<string>();
        var existing = full;
        while (FileType.Of(existing) == EntryType.Missing && Path.GetDirectoryName(existing) is { } parent)
        {
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }
        string real;
        try { real = RealPath.Of(existing); }
        catch (Exception e) when (IoFailures.IsIo(e)) { real = existing; }
        while (rest.Count > 0) real = Path.Combine(real, rest.Pop());
        return Path.TrimEndingDirectorySeparator(real);
    }

    private static bool IsInside(string folder, string path)
        => path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
