namespace ReportGen.Files;

/// <summary>
/// Where a path really is once every symbolic link along it is followed, so "is this inside the data
/// folder" is asked of the target and not of the link's name.
/// </summary>
public static class RealPath
{
    /// <summary>Deeper chains are loops or attacks, as for the kernel's ELOOP.</summary>
    public const int MaxLinks = 40;

    private static readonly StringComparison Comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <exception cref="TooManyLinksException">More than <see cref="MaxLinks"/> links on the way.</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    public static bool IsInside(string root, string path) => IsUnder(Of(root), Of(path));

    /// <summary>Both paths already real: is <paramref name="realPath"/> strictly below <paramref name="realRoot"/>?</summary>
    public static bool IsUnder(string realRoot, string realPath)
        => realPath.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, Comparison);

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
                if (++links > MaxLinks) throw new TooManyLinksException(full);
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}

/// <summary>A chain of links too long to follow (a loop, most likely). The catalogue words it for users.</summary>
public sealed class TooManyLinksException(string path) : IOException($"too many links: {path}")
{
    public string PathName { get; } = path;
}
