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
                foreach (var f in Directory.EnumerateFiles(p, "*.yaml", SearchOption.AllDirectories))
                    if (!Path.GetFileName(f).StartsWith('.')) result.Add(Path.GetFullPath(f));
            }
            else
            {
                throw new FileNotFoundException($"找不到文件或文件夹：{p}", p);
            }
        }
        return result.ToList();
    }
}
