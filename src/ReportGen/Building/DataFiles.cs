using ReportGen.Files;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Building;

/// <summary>
/// Finds data files: a path may be a file or a folder (searched for &lt;agency&gt;/&lt;year&gt;.yaml). Each real
/// file once, however many links or arguments lead to it; a link leading out of a data folder is refused.
/// </summary>
public static class DataFiles
{
    /// <exception cref="DataPathException">A path does not exist, or a link leads out of the data folder.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                var full = Path.GetFullPath(p);
                Add(full, Real(full));
            }
            else if (Directory.Exists(p))
            {
                // The walk resolves the folder and every folder in it once; each file's real path is its folder's and its name
                // (or, for a file that is itself a link, the link's end), so no file's path is resolved name by name again here.
                var listing = FileTree.Find(p, "*.yaml", realPaths: true);
                // A link may point anywhere; a report built from outside the data folder is not one we were given.
                if (listing.FoldersOutside.Count > 0)
                    throw new DataPathException(Catalog.Building.DataFileLinkOutside.Text(listing.FoldersOutside[0].Path, p, listing.FoldersOutside[0].RealPath));
                for (var i = 0; i < listing.Files.Count; i++)
                {
                    var f = listing.Files[i];
                    if (Path.GetFileName(f).StartsWith('.')) continue;
                    var real = listing.RealPaths[i];
                    if (real is not null && listing.RealRoot is { } realRoot && !RealPath.IsUnder(realRoot, real))
                        throw new DataPathException(Catalog.Building.DataFileLinkOutside.Text(f, p, real));
                    Add(Path.GetFullPath(f), real);
                }
            }
            else
            {
                throw new DataPathException(Catalog.Building.PathNotFound.Text(p));
            }
        }
        return result.Values.Order(StringComparer.Ordinal).ToList();

        void Add(string full, string? real)
        {
            // The same file reached twice (a link, a folder given twice, "data data/x") is one report.
            var key = real ?? full;
            if (seen.Add(key)) result[key] = full;
        }
    }

    /// <summary>
    /// Files that would write the same outputs: the same &lt;agency&gt;/&lt;year&gt; reached from two places
    /// (<c>build data data2</c>, a stray copy in another folder). Neither is built; both are named.
    /// (A copy beside the original under another name — "2018 - 副本.yaml", "02018.yaml" — is refused by its
    /// own file name when loaded: a data file is named &lt;year&gt;.yaml.)
    /// </summary>
    public static IReadOnlyList<DataFileCollision> Collisions(IReadOnlyList<string> files)
        => files.GroupBy(Shard.KeyOf, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new DataFileCollision(g.Key, g.Order(StringComparer.Ordinal).ToList()))
            .ToList();

    private static string? Real(string path)
    {
        try { return RealPath.Of(path); }
        catch (Exception e) when (IoFailures.IsIo(e)) { return null; }
    }
}

/// <summary>Data files that name the same report (agency/year): <paramref name="Files"/> in path order.</summary>
public sealed record DataFileCollision(string Key, IReadOnlyList<string> Files)
{
    public Diagnostic DiagnosticFor(string file)
    {
        var others = Files.Where(f => f != file).ToList();
        var key = Key.Split('/');
        return Catalog.Building.Collision.At(new SourceSpan(file, 0, 0), "", file, Catalog.Phrases.List(others), key[0], key[1]);
    }
}
