namespace ReportGen.Files;

/// <summary>The largest file of each kind that is read at all. One table, so every reader refuses alike.</summary>
public static class FileLimits
{
    /// <summary>A real data file is a few dozen KB; 4 MB is generous and keeps a hostile file out of memory.</summary>
    public const long Data = 4 * 1024 * 1024;
    public const long Picture = 20 * 1024 * 1024;
    /// <summary>Templates render at most 16 M characters (the template output limit); their sources are far smaller.</summary>
    public const long Template = 16 * 1024 * 1024;
    public const long Format = 4 * 1024 * 1024;
    /// <summary>CJK font collections reach tens of MB.</summary>
    public const long Font = 256 * 1024 * 1024;
    public const long Stamp = 1024 * 1024;
    /// <summary>The largest published report import reads at all (a PDF); each source kind has its own, smaller limit after that.</summary>
    public const long Published = 100L * 1024 * 1024;

    public static long For(FileKind kind) => kind switch
    {
        FileKind.Data => Data,
        FileKind.Picture => Picture,
        FileKind.Template => Template,
        FileKind.Format => Format,
        FileKind.Font => Font,
        FileKind.Stamp => Stamp,
        FileKind.Published => Published,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
