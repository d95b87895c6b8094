using System.Text;

namespace ReportGen.Files;

/// <summary>
/// Writes that are not a report's outputs (those go through <see cref="AtomicFileSet"/>): a new data
/// file that must never overwrite, a workspace's starter files, a summary. One place, so a policy
/// for targets that are not regular files has one home.
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/>; throws <see cref="IOException"/> when it already exists.</summary>
    public static void CreateNew(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(Utf8.GetBytes(text));
    }

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="text"/> through a temporary file beside it, so a
    /// reader never sees half a file; throws <see cref="IOException"/> when it exists (even one that appeared meanwhile).
    /// </summary>
    public static void CreateNewAtomically(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{AtomicFile.TempSuffix}");
        try
        {
            File.WriteAllBytes(temp, Utf8.GetBytes(text));
            File.Move(temp, path, overwrite: false);
        }
        finally
        {
            try { File.Delete(temp); } catch (IOException) { }
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, replacing the file.</summary>
    public static void WriteText(string path, string text) => File.WriteAllText(path, text, Utf8);
}
