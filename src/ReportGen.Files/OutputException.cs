namespace ReportGen.Files;

/// <summary>Why an output was not written.</summary>
public enum OutputProblem
{
    /// <summary>The target exists and is a folder, a named pipe (FIFO), a device or a socket: only regular files are replaced.</summary>
    NotARegularFile,
    /// <summary>The folder for it could not be made: a part of the path is a file, or the system refused.</summary>
    NoFolder,
    /// <summary>The system refused or failed the write (see <see cref="OutputException.Failure"/>); nothing was replaced.</summary>
    Failed,
}

/// <summary>A write that did not happen, typed for the catalogue to word (the system's English message is not kept for users).</summary>
public sealed class OutputException(string path, OutputProblem problem, IoFailure failure = IoFailure.None, Exception? inner = null)
    : IOException($"{problem} ({failure}): {path}", inner)
{
    public string PathName { get; } = path;
    public OutputProblem Problem { get; } = problem;
    public IoFailure Failure { get; } = failure;
}
