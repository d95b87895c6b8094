using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Documents.Writers;
using ReportGen.Files;

namespace ReportGen.Building;

/// <summary>
/// The key of an incremental build: a hash over everything that decides a report's outputs — its
/// YAML, last year's YAML (cross-year checks), its members' YAML (roll-ups), the format's templates
/// and definitions, the writers and their fonts, and the tool version. Equal keys mean equal outputs.
/// </summary>
public sealed class InputFingerprint(string templatesRoot, IReadOnlyList<IDocumentWriter> writers)
{
    private readonly ConcurrentDictionary<string, string> _folderHashes = new();
    private readonly string _toolAndWriters = HashText(
        (Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0")
        + "|" + string.Join("|", writers.Select(w => w.Format + ":" + w.Fingerprint)));

    /// <summary>Hash for one data file; reads only files (no YAML parsing), so an unchanged report is skipped in a few ms.</summary>
    /// <param name="reads">What a build just read (<see cref="BuildResult.DataReads"/>): a file found there is hashed from those bytes,
    /// not read again. The hash is the same as from a fresh read of unchanged files, so stamps compare either way.</param>
    public string For(string dataFile, IEnumerable<string> extraInputs, IReadOnlyDictionary<string, FileRead>? reads = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(_toolAndWriters));
        hash.AppendData(Encoding.UTF8.GetBytes(TemplatesHash()));
        AppendFile(hash, Reused(reads, dataFile) ?? InputFile.Read(FileKind.Data, dataFile));
        foreach (var extra in extraInputs.Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(extra));
            AppendFile(hash, Reused(reads, extra) ?? InputFile.Read(FileKind.Data, extra));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>All of templates/ (formats, includes, rules): computed once per batch.</summary>
    private string TemplatesHash() => _folderHashes.GetOrAdd(templatesRoot, root =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Directory.Exists(root))
            foreach (var f in FileTree.Find(root, "*").Files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, f)));
                AppendFile(hash, InputFile.Read(FileKind.Template, f));
            }
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    /// <summary>
    /// The build's own read of <paramref name="path"/>, when it is what a read here would give. The build reads related files
    /// confined to the data folder and this hash reads them unconfined: the two differ only where the build refused a file
    /// outside the folder, and such a file is read here as before.
    /// </summary>
    private static FileRead? Reused(IReadOnlyDictionary<string, FileRead>? reads, string path)
        => reads is not null && reads.TryGetValue(path, out var read) && read.Kind == FileKind.Data
           && read.Problem != FileProblem.OutsideRoot && (read.Bytes is not null || !read.Ok) ? read : null;

    private static void AppendFile(IncrementalHash hash, FileRead read)
    {
        if (read.Ok) hash.AppendData(read.Content);
        else if (read.Problem == FileProblem.Missing) hash.AppendData("<missing>"u8);
        // A file that cannot be read fails its build, so no stamp records it; any value that differs will do.
        else hash.AppendData(Encoding.UTF8.GetBytes($"<{read.Problem}>"));
    }

    private static string HashText(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
