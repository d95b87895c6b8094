namespace ReportGen.Building;

/// <summary>
/// Where a path really is once every symbolic link along it is followed, so "is this inside the data
/// folder" is asked of the target and not of the link's name.
/// </summary>
public static class RealPath
{
    /// <summary>Deeper chains are loops or attacks, as for the kernel's ELOOP.</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    public static bool IsInside(string root, string path)
    {
        var realRoot = Of(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return Of(path).StartsWith(realRoot, comparison);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks) throw new IOException($"路径“{full}”中的链接层数过多（可能是循环链接）");
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}
