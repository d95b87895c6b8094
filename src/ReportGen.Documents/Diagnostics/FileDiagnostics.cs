using ReportGen.Files;

namespace ReportGen.Documents.Diagnostics;

/// <summary>Words a file the Files layer would not read, as the diagnostic (or the phrase) the catalogue has for it.</summary>
public static class FileDiagnostics
{
    /// <param name="root">The folder the file was confined to, named when the problem is a link leaving it.</param>
    public static Diagnostic Of(FileRead read, string? root = null) => read.Problem switch
    {
        FileProblem.TooLarge => Catalog.Files.TooLarge.At(new SourceSpan(read.Path, 1, 1), "", read.Length, read.Limit),
        FileProblem.NotAFile => Catalog.Files.NotAFile.At(new SourceSpan(read.Path, 0, 0), "", read.Path),
        FileProblem.OutsideRoot => Catalog.Files.OutsideRoot.At(new SourceSpan(read.Path, 0, 0), "", read.Path, root ?? "", read.RealPath ?? ""),
        FileProblem.TooManyLinks => Catalog.Files.TooManyLinks.At(new SourceSpan(read.Path, 0, 0), "", read.Path),
        _ => Catalog.Files.CannotRead.At(new SourceSpan(read.Path, 0, 0), "", read.Detail.Length > 0 ? read.Detail : read.Path),
    };

    /// <summary>Why the file was not read, to follow a name in another message (a font, a template).</summary>
    public static string Reason(FileRead read) => read.Problem switch
    {
        FileProblem.TooLarge => Catalog.Files.ProblemTooLarge.Text(read.Length, read.Limit),
        FileProblem.NotAFile => Catalog.Files.ProblemNotAFile.Text(),
        FileProblem.OutsideRoot => Catalog.Files.ProblemOutsideRoot.Text(read.RealPath ?? ""),
        FileProblem.TooManyLinks => Catalog.Files.ProblemTooManyLinks.Text(),
        _ => read.Detail,
    };
}
