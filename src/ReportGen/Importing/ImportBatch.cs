using System.Diagnostics;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Importing;

/// <summary>
/// Many published reports at once: a folder's report files (web pages, Word, PDF, text; a saved page's
/// "_files" folder and other files skipped), imported in parallel, one failure never stopping the others.
/// </summary>
public sealed class ImportBatch(Importer importer)
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".shtml", ".xhtml", ".docx", ".doc", ".pdf", ".txt",
    };

    public sealed record Summary(IReadOnlyList<ImportReport> Reports, int Skipped, TimeSpan Elapsed)
    {
        public int Imported => Reports.Count(r => r.Written);
        public int Failed => Reports.Count(r => !r.Written);
        public int ToReview => Reports.Where(r => r.Written).Sum(r => r.ReviewCount);
    }

    /// <summary>Files named, and the report files of folders named (sorted, so runs are reproducible); how many other files were passed over.</summary>
    public static (IReadOnlyList<string> Files, int Skipped) Sources(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path)) { files.Add(Path.GetFullPath(path)); continue; }
            if (!Directory.Exists(path)) throw new FileNotFoundException(Catalog.Importing.SourceMissing.Text(path), path);
            var stack = new Stack<string>();
            stack.Push(path);
            while (stack.Count > 0)
            {
                var folder = stack.Pop();
                foreach (var sub in FileTree.Folders(folder))
                {
                    var name = Path.GetFileName(sub);
                    // A page saved "complete" brings its images and scripts in name_files/.
                    if (!name.StartsWith('.') && !name.EndsWith("_files", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".files", StringComparison.OrdinalIgnoreCase)) stack.Push(sub);
                }
                foreach (var file in FileTree.Files(folder, "*"))
                {
                    if (Path.GetFileName(file).StartsWith('.')) continue;
                    if (Extensions.Contains(Path.GetExtension(file))) files.Add(Path.GetFullPath(file));
                    else skipped++;
                }
            }
        }
        return (files.ToList(), skipped);
    }

    public Summary Run(IReadOnlyList<string> files, ImportOptions options, int parallelism, int skipped, Action<ImportReport>? onItem = null)
    {
        var started = Stopwatch.GetTimestamp();
        var reports = new ImportReport[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            reports[i] = importer.Import(files[i], options);
            onItem?.Invoke(reports[i]);
        });
        return new Summary(reports, skipped, Stopwatch.GetElapsedTime(started));
    }
}
