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

    /// <summary>
    /// The real path of <paramref name="path"/> and, when <paramref name="root"/> is a folder on its way (data/ for
    /// data/a/2024.yaml), of the root too: the root's real path is where the walk along the path stands after the
    /// root's last name, found by the same calls in the same walk instead of a second walk. Null when the root is not on the way.
    /// </summary>
    /// <exception cref="TooManyLinksException">More than <see cref="MaxLinks"/> links on the way.</exception>
    public static string Of(string path, string root, out string? realRoot)
    {
        var links = 0;
        var full = Path.GetFullPath(path);
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var pathRoot = Path.GetPathRoot(full)!;
        // How many of the path's names make up the root (-1: the path does not start with the root's names).
        var rootNames = -1;
        if (string.Equals(fullRoot, Path.TrimEndingDirectorySeparator(pathRoot), Comparison))
            rootNames = 0;
        else if (string.Equals(full, fullRoot, Comparison) || full.StartsWith(fullRoot + Path.DirectorySeparatorChar, Comparison))
            rootNames = Names(fullRoot[pathRoot.Length..]).Length;
        realRoot = null;
        return Resolve(full, ref links, rootNames, ref realRoot);
    }

    /// <summary>Is <paramref name="path"/> really (every link followed) strictly below <paramref name="root"/>?</summary>
    /// <remarks>The usual root is a folder on the path's way, whose real path the path's own walk finds (see <see cref="Of(string, string, out string?)"/>).</remarks>
    public static bool IsInside(string root, string path)
    {
        var real = Of(path, root, out var realRoot);
        return IsUnder(realRoot ?? Of(root), real);
    }

    /// <summary>Both paths already real: is <paramref name="realPath"/> strictly below <paramref name="realRoot"/>?</summary>
    public static bool IsUnder(string realRoot, string realPath)
        => realPath.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, Comparison);

    private static string Resolve(string full, ref int links)
    {
        string? unused = null;
        return Resolve(full, ref links, -1, ref unused);
    }

    private static string[] Names(string relative) => relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);

    /// <param name="captureAfter">After this many names, <paramref name="captured"/> takes the real path walked so far (-1: never).</param>
    private static string Resolve(string full, ref int links, int captureAfter, ref string? captured)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var names = Names(full[root.Length..]);
        if (captureAfter == 0) captured = current;
        for (var i = 0; i < names.Length; i++)
        {
            var part = names[i];
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks) throw new TooManyLinksException(full);
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
            if (i + 1 == captureAfter) captured = current;
        }
        return current;
    }
}

/// <summary>A chain of links too long to follow (a loop, most likely). The catalogue words it for users.</summary>
public sealed class TooManyLinksException(string path) : IOException($"too many links: {path}")
{
    public string PathName { get; } = path;
}
