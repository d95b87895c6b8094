using System.IO.Enumeration;

namespace ReportGen.Files;

/// <summary>Listing folders: the one place the product walks a tree of user folders or lists one.</summary>
public static class FileTree
{
    /// <summary>
    /// Files below <paramref name="root"/> whose names match <paramref name="pattern"/>, at any depth, in ordinal
    /// order. Linked folders are entered, but each real folder once: a link loop (<c>data/x/loop → ..</c>) is
    /// walked once, not until the path gets too long. With <paramref name="confine"/>, a linked folder whose real
    /// path leaves <paramref name="root"/> is not entered (a link to / would list the whole machine) and is
    /// returned in <see cref="FileListing.FoldersOutside"/> instead. Folders that cannot be listed are skipped.
    /// </summary>
    /// <param name="realPaths">Also give each file's real path (<see cref="FileListing.RealPaths"/>): its folder's, known from the
    /// walk, and its own name, unless the file is itself a link (one readlink per file instead of one per name of its path).</param>
    public static FileListing Find(string root, string pattern, bool confine = true, bool realPaths = false)
    {
        var files = new List<(string Path, string? Real)>();
        var outside = new List<(string, string)>();
        string realRoot;
        try { realRoot = RealPath.Of(root); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return new FileListing([], outside); }
        var expression = Expression(pattern);
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Listed, string Real)>();
        pending.Push((Path.GetFullPath(root), realRoot));
        while (pending.TryPop(out var folder))
        {
            try
            {
                // One listing of the folder for its files and its folders (a link to a folder counts as a folder, as in .NET's own listings).
                foreach (var (entry, isFolder) in Entries(folder.Listed))
                {
                    if (!isFolder)
                    {
                        if (expression is null || FileSystemName.MatchesWin32Expression(expression, Path.GetFileName(entry.AsSpan()), IgnoreCase))
                            files.Add((entry, realPaths ? RealOf(entry, folder.Real) : null));
                        continue;
                    }
                    var sub = entry;
                    var real = RealOf(sub, folder.Real);
                    if (real is null) continue;
                    // A link back to the root itself (data/x/loop → ..) is a loop, not a way out: already walked.
                    if (confine && real != realRoot && !RealPath.IsUnder(realRoot, real))
                    {
                        outside.Add((sub, real));
                        continue;
                    }
                    if (visited.Add(real)) pending.Push((sub, real));
                }
            }
            catch (Exception e) when (IoFailures.IsIo(e)) { }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        outside.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new FileListing(files.Select(f => f.Path).ToList(), outside)
        {
            RealRoot = realRoot,
            RealPaths = realPaths ? files.Select(f => f.Real).ToList() : [],
        };
    }

    /// <summary>A listed entry's real path: its folder's real path and its name, unless it is itself a link.</summary>
    private static string? RealOf(string listed, string realParent)
    {
        try
        {
            return new FileInfo(listed).LinkTarget is null ? Path.Combine(realParent, Path.GetFileName(listed)) : RealPath.Of(listed);
        }
        catch (Exception e) when (IoFailures.IsIo(e)) { return null; }
    }

    private static readonly bool IgnoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>Everything in a folder, as .NET lists files and folders (no attributes skipped, so no stat per entry; a link to a folder is a folder).</summary>
    private static FileSystemEnumerable<(string Path, bool IsFolder)> Entries(string folder)
        => new(folder, (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.IsDirectory),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, MatchType = MatchType.Win32, MatchCasing = MatchCasing.PlatformDefault });

    /// <summary>The pattern as Directory.EnumerateFiles reads it (DOS wildcards, as on Windows); null: every name.</summary>
    private static string? Expression(string pattern)
    {
        if (pattern is "*" or "" or "." or "*.*") return null;
        // Characters with a meaning in DOS matching are ordinary in Unix names: escaped, as .NET does before translating.
        if (Path.DirectorySeparatorChar != '\\' && pattern.AsSpan().ContainsAny("\\\"<>"))
            pattern = pattern.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace(">", "\\>").Replace("<", "\\<");
        return FileSystemName.TranslateWin32Expression(pattern);
    }

    /// <summary>The files directly in <paramref name="folder"/> matching <paramref name="pattern"/>; none when it does not exist.</summary>
    public static IReadOnlyList<string> Files(string folder, string pattern)
    {
        try { return Directory.Exists(folder) ? Directory.GetFiles(folder, pattern) : Array.Empty<string>(); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return Array.Empty<string>(); }
    }

    /// <summary>The folders directly in <paramref name="folder"/>; none when it does not exist.</summary>
    public static IReadOnlyList<string> Folders(string folder)
    {
        try { return Directory.Exists(folder) ? Directory.GetDirectories(folder) : Array.Empty<string>(); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return Array.Empty<string>(); }
    }

    /// <summary>Whether <paramref name="folder"/> exists and holds anything at all.</summary>
    public static bool HasEntries(string folder)
    {
        try { return Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return true; }
    }
}

/// <summary>What <see cref="FileTree.Find"/> found: the files, and the linked folders it would not enter because they lead out of the root.</summary>
public sealed record FileListing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, string RealPath)> FoldersOutside)
{
    /// <summary>The root's real path, as the walk resolved it; null when it could not be (then nothing was listed).</summary>
    public string? RealRoot { get; init; }

    /// <summary>When asked for: each file's real path, in the order of <see cref="Files"/> (null where it could not be told); else empty.</summary>
    public IReadOnlyList<string?> RealPaths { get; init; } = [];
}
