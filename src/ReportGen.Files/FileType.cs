namespace ReportGen.Files;

/// <summary>What kind of directory entry a path is, following links (stat, not lstat).</summary>
internal enum EntryType
{
    Missing,
    Regular,
    Directory,
    /// <summary>FIFO, character or block device, socket: reading may block forever or never end.</summary>
    Special,
}

/// <summary>
/// .NET reports a FIFO or a device as an ordinary file (same attributes, length 0), and opening a
/// FIFO blocks until a writer comes. The runtime's own native library answers stat() with its
/// platform-neutral file status (<see cref="NativeFiles.Stat"/>): one call gives the type, the size and,
/// when there is nothing there, the system's reason.
/// </summary>
internal static class FileType
{
    public static EntryType Of(string path) => Examine(path).Type;

    /// <summary>The entry's type; for a regular file its size; for a missing one the error number of stat (0 when unknown).</summary>
    public static Entry Examine(string path)
    {
        if (NativeFiles.Stat(path) is { } status)
        {
            if (status.Exists)
                return new Entry(status.IsRegular ? EntryType.Regular : status.IsDirectory ? EntryType.Directory : EntryType.Special, status.Size, 0);
            // Nothing at the end of the links, but an entry itself (a link to nothing, a loop): a file, as .NET's File.Exists counts it.
            if (NativeFiles.Stat(path, followLinks: false) is { Exists: true } link)
                return new Entry(link.IsDirectory ? EntryType.Directory : EntryType.Regular, -1, status.Errno);
            return new Entry(EntryType.Missing, 0, status.Errno);
        }
        // Without the native library: what .NET itself can tell.
        if (System.IO.Directory.Exists(path)) return new Entry(EntryType.Directory, 0, 0);
        if (!File.Exists(path)) return new Entry(EntryType.Missing, 0, 0);
        return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? new Entry(EntryType.Special, 0, 0) : new Entry(EntryType.Regular, -1, 0);
    }

    /// <summary>
    /// Whether something that must never be replaced or written into is there: a folder, a FIFO, a device or a socket
    /// (links followed). One stat: a missing path or a link to nothing is not one.
    /// </summary>
    public static bool IsFolderOrSpecial(string path)
        => NativeFiles.Stat(path) is { } status ? status.Exists && !status.IsRegular : Of(path) is EntryType.Directory or EntryType.Special;

    /// <param name="Size">For a regular file its size in bytes; -1 when not known (ask the file itself).</param>
    /// <param name="Errno">For a missing entry, why stat found nothing (ENOENT, EACCES, ENOTDIR…); 0 when not known.</param>
    public readonly record struct Entry(EntryType Type, long Size, int Errno);
}
