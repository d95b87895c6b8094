using ReportGen.Files;

namespace ReportGen.Documents.Diagnostics;

/// <summary>Words a file the Files layer would not read or write, as the diagnostic (or the phrase) the catalogue has for it.</summary>
public static class FileDiagnostics
{
    /// <param name="root">The folder the file was confined to, named when the problem is a link leaving it.</param>
    public static Diagnostic Of(FileRead read, string? root = null) => read.Problem switch
    {
        FileProblem.TooLarge => Catalog.Files.TooLarge.At(new SourceSpan(read.Path, 1, 1), "", read.Length, read.Limit),
        FileProblem.NotAFile => Catalog.Files.NotAFile.At(new SourceSpan(read.Path, 0, 0), "", read.Path),
        FileProblem.OutsideRoot => Catalog.Files.OutsideRoot.At(new SourceSpan(read.Path, 0, 0), "", read.Path, root ?? "", read.RealPath ?? ""),
        FileProblem.TooManyLinks => Catalog.Files.TooManyLinks.At(new SourceSpan(read.Path, 0, 0), "", read.Path),
        _ => Catalog.Files.CannotRead.At(new SourceSpan(read.Path, 0, 0), "", Describe(read.Failure == IoFailure.None ? IoFailure.NotFound : read.Failure)),
    };

    /// <summary>Why the file was not read, to follow a name in another message (a font, a template).</summary>
    public static string Reason(FileRead read) => read.Problem switch
    {
        FileProblem.TooLarge => Catalog.Files.ProblemTooLarge.Text(read.Length, read.Limit),
        FileProblem.NotAFile => Catalog.Files.ProblemNotAFile.Text(),
        FileProblem.OutsideRoot => Catalog.Files.ProblemOutsideRoot.Text(read.RealPath ?? ""),
        FileProblem.TooManyLinks => Catalog.Files.ProblemTooManyLinks.Text(),
        _ => Describe(read.Failure == IoFailure.None ? IoFailure.NotFound : read.Failure),
    };

    /// <summary>What the system refused, in Chinese.</summary>
    public static string Describe(IoFailure failure) => (failure switch
    {
        IoFailure.NotFound => Catalog.Files.FailureNotFound,
        IoFailure.NoPermission => Catalog.Files.FailureNoPermission,
        IoFailure.DiskFull => Catalog.Files.FailureDiskFull,
        IoFailure.ReadOnly => Catalog.Files.FailureReadOnly,
        IoFailure.NotAFolder => Catalog.Files.FailureNotAFolder,
        IoFailure.IsAFolder => Catalog.Files.FailureIsAFolder,
        IoFailure.NameTooLong => Catalog.Files.FailureNameTooLong,
        IoFailure.TooManyLinks => Catalog.Files.FailureTooManyLinks,
        IoFailure.InUse => Catalog.Files.FailureInUse,
        IoFailure.BadPath => Catalog.Files.FailureBadPath,
        _ => Catalog.Files.FailureOther,
    }).Text();

    /// <summary>A write that did not happen.</summary>
    public static Diagnostic Of(OutputException e, SourceSpan? span = null) => e.Problem switch
    {
        OutputProblem.NotARegularFile => Catalog.Files.NotARegularTarget.At(span ?? new SourceSpan(e.PathName, 0, 0), "", e.PathName),
        OutputProblem.NoFolder => Catalog.Files.CannotMakeFolder.At(span ?? new SourceSpan(e.PathName, 0, 0), "", e.PathName, Describe(e.Failure)),
        _ => Catalog.Files.CannotWrite.At(span ?? new SourceSpan(e.PathName, 0, 0), "", e.PathName, Describe(e.Failure)),
    };

    /// <summary>Any exception of the file system (a read, a write, a listing), worded without the system's own text.</summary>
    public static Diagnostic OfException(Exception e, string path, SourceSpan? span = null) => e switch
    {
        OutputException output => Of(output, span),
        FileReadException read => Of(read.Read),
        _ => Catalog.Files.CannotWrite.At(span ?? new SourceSpan(path, 0, 0), "", path, Describe(IoFailures.Classify(e))),
    };
}
