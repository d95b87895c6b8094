using System.Text;

namespace ReportGen.Files;

/// <summary>
/// Writes that are not a report's outputs (those go through <see cref="AtomicFileSet"/>): a new data
/// file that must never overwrite, a workspace's starter files, a summary, the schema. All of them
/// through the same temp-and-rename path as the outputs (<see cref="AtomicFile"/>).
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/>; an <see cref="IOException"/> when something is already there.</summary>
    public static void CreateNew(string path, string text)
    {
        if (FileType.Of(path) != EntryType.Missing || new FileInfo(path).LinkTarget is not null)
            throw new OutputException(path, OutputProblem.Failed, IoFailure.Other);
        var stream = OutputTarget.CreateTemp(path, out var temp);
        OutputTarget.Fill(path, temp, stream, s => s.Write(Utf8.GetBytes(text)));
        // Without overwrite: a file that appeared meanwhile is kept, and this write fails.
        OutputTarget.Replace(temp, path, overwrite: false);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, replacing the file atomically.</summary>
    public static void WriteText(string path, string text) => AtomicFile.Write(path, s => s.Write(Utf8.GetBytes(text)));
}
