using System.Runtime.InteropServices;

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
/// platform-neutral file status, whose first two fields (flags, mode) are all that is read here.
/// </summary>
internal static partial class FileType
{
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    public static EntryType Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // Generously sized: the status struct has grown over releases, flags and mode stay first.
                Span<byte> status = stackalloc byte[512];
                if (Stat(path, ref MemoryMarshal.GetReference(status)) != 0)
                    return System.IO.Directory.Exists(path) ? EntryType.Directory : File.Exists(path) ? EntryType.Regular : EntryType.Missing;
                var mode = BitConverter.ToInt32(status[4..8]) & TypeMask;
                return mode == Regular ? EntryType.Regular : mode == Directory ? EntryType.Directory : EntryType.Special;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET itself can tell.
            }
        }
        if (System.IO.Directory.Exists(path)) return EntryType.Directory;
        if (!File.Exists(path)) return EntryType.Missing;
        return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? EntryType.Special : EntryType.Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);
}
