namespace ReportGen.Files;

/// <summary>Why a file was not read. Worded for users by the diagnostics catalogue, never here.</summary>
public enum FileProblem
{
    None,
    /// <summary>No such file (or a folder on the way is missing); <see cref="FileRead.Detail"/> holds the system's message.</summary>
    Missing,
    /// <summary>A folder, named pipe (FIFO), device or socket: only regular files are read.</summary>
    NotAFile,
    /// <summary>Larger than the kind's limit; judged from the size before a byte is read.</summary>
    TooLarge,
    /// <summary>The real path (every link followed, every step) leaves the root the caller confined it to.</summary>
    OutsideRoot,
    /// <summary>More links in a chain than the kernel would follow: a loop or an attack.</summary>
    TooManyLinks,
    /// <summary>The system refused or failed the read; <see cref="FileRead.Detail"/> holds its message.</summary>
    Unreadable,
}
