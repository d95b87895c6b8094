using ReportGen.Files;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Building;

/// <summary>Finds data files: a path may be a file or a folder (searched for &lt;agency&gt;/&lt;year&gt;.yaml).</summary>
public static class DataFiles
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                result.Add(Path.GetFullPath(p));
            }
            else if (Directory.Exists(p))
            {
                foreach (var f in FileTree.Find(p, "*.yaml"))
                {
                    if (Path.GetFileName(f).StartsWith('.')) continue;
                    // A link may point anywhere; a report built from outside the data folder is not one we were given.
                    if (!RealPath.IsInside(p, f))
                        throw new DataPathException(Catalog.Building.DataFileLinkOutside.Text(f, p, RealPath.Of(f)));
                    result.Add(Path.GetFullPath(f));
                }
            }
            else
            {
                throw new FileNotFoundException(Catalog.Building.PathNotFound.Text(p), p);
            }
        }
        return result.ToList();
    }
}
