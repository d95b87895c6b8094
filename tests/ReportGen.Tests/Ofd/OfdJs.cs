using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using ReportGen.Testing;

namespace ReportGen.Tests.Ofd;

/// <summary>
/// ofd.js (DLTech21, Apache-2.0), a browser OFD renderer nobody here wrote, from the npm registry. Version
/// 0.2.6 is the open, self-contained build (lib/ofd.umd.min.js bundles JSZip, its XML parser and the
/// renderer); the 1.x line delegates parsing to a separate opaque core package. The tarball is
/// fetched with <c>npm pack</c> into a cache outside the repository (.ci/run does it first; a developer
/// machine with npm gets it on the first run), checked against the registry's integrity hash, unpacked.
/// </summary>
public static class OfdJs
{
    public const string Package = "ofd.js";
    public const string Version = "0.2.6";

    /// <summary>The registry's dist.integrity for ofd.js@0.2.6: a tampered or different tarball is refused.</summary>
    private const string Integrity = "sha512-qBC4bD5fC2e+qWg2ap6pajAU1Rl/G6+l6NUxMVgdcXTtjWcdRSYD6e63WGgmKAEuE4fjmntzIXZwODawjWmQuw==";

    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>REPORTGEN_NPM_CACHE, else ~/.cache/reportgen/npm (what .ci/run uses).</summary>
    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("REPORTGEN_NPM_CACHE") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "reportgen", "npm");

    /// <summary>The path of the UMD bundle (defines <c>window.ofd</c>), fetching the package first if needed.</summary>
    public static async Task<string> BundleAsync()
    {
        var root = Path.Combine(CacheDirectory, $"{Package}-{Version}");
        var bundle = Path.Combine(root, "package", "lib", "ofd.umd.min.js");
        await Lock.WaitAsync();
        try
        {
            if (File.Exists(bundle)) return bundle;
            Directory.CreateDirectory(CacheDirectory);
            var tarball = Path.Combine(CacheDirectory, $"{Package}-{Version}.tgz");
            if (!File.Exists(tarball))
            {
                var (exit, output, error) = ExternalPrograms.Run("npm", "pack", $"{Package}@{Version}", "--pack-destination", CacheDirectory, "--silent");
                Assert.True(exit == 0 && File.Exists(tarball), $"npm pack {Package}@{Version} failed: {output}{error}");
            }
            var bytes = await File.ReadAllBytesAsync(tarball);
            var actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));
            Assert.True(actual == Integrity, $"{tarball}: integrity {actual}, expected {Integrity}");
            var staging = root + ".tmp-" + Environment.ProcessId;
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            Directory.CreateDirectory(staging);
            using (var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
                TarFile.ExtractToDirectory(gz, staging, overwriteFiles: true);
            if (Directory.Exists(root)) Directory.Delete(root, true);
            Directory.Move(staging, root);
            return bundle;
        }
        finally
        {
            Lock.Release();
        }
    }
}
