namespace ReportGen.Files;

/// <summary>Finding files below a folder: the one place a tree of user folders is walked.</summary>
public static class FileTree
{
    /// <summary>
    /// Files below <paramref name="root"/> whose names match <paramref name="pattern"/>, at any depth,
    /// as the system lists them (linked folders are entered). Callers confine what they use with <see cref="RealPath"/>.
    /// </summary>
    public static IEnumerable<string> Find(string root, string pattern)
        => Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories);
}
