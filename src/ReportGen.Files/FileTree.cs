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
    public static FileListing Find(string root, string pattern, bool confine = true)
    {
        var files = new List<string>();
        var outside = new List<(string, string)>();
        string realRoot;
        try { realRoot = RealPath.Of(root); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return new FileListing(files, outside); }
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Listed, string Real)>();
        pending.Push((Path.GetFullPath(root), realRoot));
        while (pending.TryPop(out var folder))
        {
            try
            {
                files.AddRange(Directory.EnumerateFiles(folder.Listed, pattern));
                foreach (var sub in Directory.EnumerateDirectories(folder.Listed))
                {
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
        files.Sort(StringComparer.Ordinal);
        outside.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new FileListing(files, outside);
    }

    /// <summary>A listed folder's real path: its parent's real path and its name, unless it is itself a link.</summary>
    private static string? RealOf(string listed, string realParent)
    {
        try
        {
            return new DirectoryInfo(listed).LinkTarget is null ? Path.Combine(realParent, Path.GetFileName(listed)) : RealPath.Of(listed);
        }
        catch (Exception e) when (IoFailures.IsIo(e)) { return null; }
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
public sealed record FileListing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, string RealPath)> FoldersOutside);
