namespace ReportGen.Files;

/// <summary>Listing folders: the one place the product walks a tree of user folders or lists one.</summary>
public static class FileTree
{
    /// <summary>
    /// Files below <paramref name="root"/> whose names match <paramref name="pattern"/>, at any depth,
    /// as the system lists them (linked folders are entered). Callers confine what they use with <see cref="RealPath"/>.
    /// </summary>
    public static IEnumerable<string> Find(string root, string pattern)
        => Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories);

    /// <summary>The files directly in <paramref name="folder"/> matching <paramref name="pattern"/>; none when it does not exist.</summary>
    public static IReadOnlyList<string> Files(string folder, string pattern)
        => Directory.Exists(folder) ? Directory.GetFiles(folder, pattern) : Array.Empty<string>();

    /// <summary>The folders directly in <paramref name="folder"/>; none when it does not exist.</summary>
    public static IReadOnlyList<string> Folders(string folder)
        => Directory.Exists(folder) ? Directory.GetDirectories(folder) : Array.Empty<string>();

    /// <summary>Whether <paramref name="folder"/> exists and holds anything at all.</summary>
    public static bool HasEntries(string folder)
        => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();
}
