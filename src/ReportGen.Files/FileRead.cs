namespace ReportGen.Files;

/// <summary>
/// The outcome of reading one file: its bytes, or the problem that kept it unread (never both).
/// <see cref="RealPath"/> is where the file really is, every link followed.
/// </summary>
public sealed record FileRead(FileKind Kind, string Path, FileProblem Problem, byte[]? Bytes = null, string? RealPath = null, long Length = 0, string Detail = "")
{
    public bool Ok => Problem == FileProblem.None;

    public long Limit => FileLimits.For(Kind);

    public byte[] Content => Bytes ?? throw new InvalidOperationException($"{Path} was not read: {Problem}");
}

/// <summary>A read that had to fail as an exception (inside a library callback, say); carries the typed outcome for wording.</summary>
public sealed class FileReadException(FileRead read) : IOException(read.Detail.Length > 0 ? read.Detail : $"{read.Problem}: {read.Path}")
{
    public FileRead Read { get; } = read;
}
