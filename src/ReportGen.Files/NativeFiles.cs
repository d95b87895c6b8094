using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReportGen.Files;

/// <summary>
/// The few system calls the Files layer makes itself, through the runtime's own native library (libSystem.Native:
/// shipped with every Unix runtime, linked in by Native AOT), where .NET's own API makes more calls for the same
/// answer: <c>stat</c> with its error number (.NET's Exists asks again with <c>lstat</c>, and hides why), a temp file
/// created with <c>O_CREAT|O_EXCL</c> and no advisory lock (.NET locks every file it opens: <c>flock</c> before the
/// first byte and again to unlock before closing, for a file only this process knows the name of), and a
/// <c>rename</c> without .NET's <c>lstat</c> of the source first. Where the library cannot be reached (Windows),
/// <see cref="Available"/> is false and callers use .NET's own calls.
/// </summary>
internal static partial class NativeFiles
{
    private const string Library = "libSystem.Native";

    // The runtime's own constants for Open (pal_io.h: "fixed and correct for managed callers to use forever").
    private const int OpenWriteOnly = 0x0001, OpenCloseOnExec = 0x0010, OpenCreate = 0x0020, OpenExclusive = 0x0040;
    private const int CreateMode = 0x1B6; // 0666, as .NET creates files; the umask applies.

    private const int TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000;

    /// <summary>No such file or folder (the same number on Linux and macOS).</summary>
    public const int ENOENT = 2;

    private static volatile bool _unavailable = OperatingSystem.IsWindows();

    /// <summary>Whether the calls below can be made here; false on Windows or once the library was found missing.</summary>
    public static bool Available => !_unavailable;

    /// <summary>
    /// <c>stat</c> (following links) or <c>lstat</c>: the entry's type and size, or the system's error number.
    /// Null when the native library is not available.
    /// </summary>
    public static Status? Stat(string path, bool followLinks = true)
    {
        if (_unavailable) return null;
        try
        {
            // Generously sized: the status struct has grown over releases; flags, mode, uid, gid and size stay first.
            Span<byte> status = stackalloc byte[512];
            var result = followLinks ? SystemStat(path, ref MemoryMarshal.GetReference(status)) : SystemLStat(path, ref MemoryMarshal.GetReference(status));
            if (result != 0) return new Status(Marshal.GetLastPInvokeError(), 0, 0);
            return new Status(0, BitConverter.ToInt32(status[4..8]) & TypeMask, BitConverter.ToInt64(status[16..24]));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/>, which must not exist (<c>O_CREAT|O_EXCL</c>: a planted file or link fails the
    /// call, never gets written through), for writing; no advisory lock is taken. Null when the library is not available.
    /// </summary>
    /// <exception cref="IOException">The system refused; <see cref="IOException.HResult"/> is its error number, as .NET's own exceptions carry it.</exception>
    public static SafeFileHandle? CreateNew(string path)
    {
        if (_unavailable) return null;
        IntPtr fd;
        try { fd = SystemOpen(path, OpenWriteOnly | OpenCloseOnExec | OpenCreate | OpenExclusive, CreateMode); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return null;
        }
        if (fd == -1) throw Failure(Marshal.GetLastPInvokeError(), path);
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary><c>rename</c>: replaces <paramref name="target"/> (never a folder) atomically. False when the library is not available.</summary>
    /// <exception cref="IOException">The system refused; <see cref="IOException.HResult"/> is its error number.</exception>
    public static bool Rename(string source, string target)
    {
        if (_unavailable) return false;
        int result;
        try { result = SystemRename(source, target); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
        if (result != 0) throw Failure(Marshal.GetLastPInvokeError(), target);
        return true;
    }

    /// <summary>An exception <see cref="IoFailures.Classify"/> words as it words .NET's own for the same error number.</summary>
    public static IOException Failure(int errno, string path) => new($"errno {errno}: {path}", errno);

    /// <summary>What <c>stat</c> said: an error number (0: it worked), the type bits of the mode, the size in bytes.</summary>
    public readonly record struct Status(int Errno, int Type, long Size)
    {
        public bool Exists => Errno == 0;
        public bool IsRegular => Type == RegularType;
        public bool IsDirectory => Type == DirectoryType;
    }

    [LibraryImport(Library, EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SystemStat(string path, ref byte status);

    [LibraryImport(Library, EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SystemLStat(string path, ref byte status);

    [LibraryImport(Library, EntryPoint = "SystemNative_Open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr SystemOpen(string path, int flags, int mode);

    [LibraryImport(Library, EntryPoint = "SystemNative_Rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SystemRename(string source, string target);
}
