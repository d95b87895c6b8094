namespace ReportGen.Files;

/// <summary>
/// Why the system refused a read or a write, as a kind the catalogue words in Chinese. The system's own
/// message is English (and may quote paths at any length), so it never reaches users; this is what does.
/// </summary>
public enum IoFailure
{
    /// <summary>Nothing went wrong.</summary>
    None,
    /// <summary>No such file, or a folder on the way is missing.</summary>
    NotFound,
    /// <summary>The system refused access (permissions, a read-only pseudo file).</summary>
    NoPermission,
    /// <summary>No space left on the device (or the quota is used up).</summary>
    DiskFull,
    /// <summary>The file system is mounted read-only.</summary>
    ReadOnly,
    /// <summary>A part of the path that should be a folder is a file.</summary>
    NotAFolder,
    /// <summary>The path names a folder where a file is needed.</summary>
    IsAFolder,
    /// <summary>The path (or one of its names) is longer than the system allows.</summary>
    NameTooLong,
    /// <summary>A chain of links too long to follow (a loop).</summary>
    TooManyLinks,
    /// <summary>Another program holds the file.</summary>
    InUse,
    /// <summary>The path itself is malformed: empty, or containing characters the system does not allow.</summary>
    BadPath,
    /// <summary>The device failed (an I/O error) or anything not listed above.</summary>
    Other,
}

/// <summary>Tells an exception of the file system apart by what went wrong, never by its (English) message.</summary>
public static class IoFailures
{
    // Unix errno values, which .NET puts in IOException.HResult when it has no exception type of its own for them.
    private const int EPERM = 1, ENOENT = 2, EIO = 5, EACCES = 13, EBUSY = 16, ENOTDIR = 20, EISDIR = 21, ETXTBSY = 26, ENOSPC = 28,
        EROFS = 30, ENAMETOOLONG = 36, ELOOP = 40, EDQUOT = 122;

    // Windows: HRESULT_FROM_WIN32 of the same conditions.
    private const int ErrorDiskFull = unchecked((int)0x80070070), ErrorHandleDiskFull = unchecked((int)0x80070027),
        ErrorSharingViolation = unchecked((int)0x80070020), ErrorLockViolation = unchecked((int)0x80070021), ErrorWriteProtect = unchecked((int)0x80070013);

    public static IoFailure Classify(Exception e) => e switch
    {
        TooManyLinksException => IoFailure.TooManyLinks,
        PathTooLongException => IoFailure.NameTooLong,
        FileNotFoundException or DirectoryNotFoundException => IoFailure.NotFound,
        UnauthorizedAccessException u when u.InnerException is IOException { HResult: EISDIR } => IoFailure.IsAFolder,
        UnauthorizedAccessException => IoFailure.NoPermission,
        ArgumentException => IoFailure.BadPath,
        IOException io => io.HResult switch
        {
            ENOENT => IoFailure.NotFound,
            EPERM or EACCES => IoFailure.NoPermission,
            ENOSPC or EDQUOT or ErrorDiskFull or ErrorHandleDiskFull => IoFailure.DiskFull,
            EROFS or ErrorWriteProtect => IoFailure.ReadOnly,
            ENOTDIR => IoFailure.NotAFolder,
            EISDIR => IoFailure.IsAFolder,
            ENAMETOOLONG => IoFailure.NameTooLong,
            ELOOP => IoFailure.TooManyLinks,
            EBUSY or ETXTBSY or ErrorSharingViolation or ErrorLockViolation => IoFailure.InUse,
            EIO => IoFailure.Other,
            _ => IoFailure.Other,
        },
        _ => IoFailure.Other,
    };

    /// <summary>The exceptions a file operation throws for a path or a system refusal (not a bug of ours).</summary>
    public static bool IsIo(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;
}
