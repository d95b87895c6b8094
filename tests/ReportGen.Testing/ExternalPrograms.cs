using System.Diagnostics;

namespace ReportGen.Testing;

/// <summary>
/// The programs (and the few system files, such as the full Noto CJK fonts) outside the .NET SDK that the
/// external test category uses, how to find them and how to install them. A test needing one is skipped with the reason where it is missing, except when
/// <see cref="RequiredVariable"/> is set (CI sets it): then a missing program fails the test, so CI can
/// never skip the external category silently.
/// </summary>
public static class ExternalPrograms
{
    public const string RequiredVariable = "REPORTGEN_REQUIRE_EXTERNAL";

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) is "1" or "true";

    /// <summary>The Debian package that provides each program (for the skip reason and the failure message).</summary>
    static readonly Dictionary<string, string> Packages = new()
    {
        ["pdftotext"] = "poppler-utils", ["pdftoppm"] = "poppler-utils", ["pdffonts"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils", ["pdfimages"] = "poppler-utils", ["qpdf"] = "qpdf", ["chromium"] = "chromium",
        ["soffice"] = "libreoffice-writer-nogui", ["node"] = "nodejs", ["npm"] = "npm",
    };

    /// <summary>System files a test names like a program: where Debian's package puts them.</summary>
    static readonly Dictionary<string, (string Path, string Package)> Files = new()
    {
        ["NotoSerifCJK-Regular.ttc"] = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "fonts-noto-cjk"),
    };

    public static string PackageOf(string program) =>
        Files.TryGetValue(program, out var f) ? f.Package : Packages.TryGetValue(program, out var p) ? p : program;

    public static string InstallLine(IEnumerable<string> programs) =>
        "apt-get install -y " + string.Join(' ', programs.Select(PackageOf).Distinct());

    /// <summary>
    /// The override variable of a program or file: REPORTGEN_ and its name in capitals, other characters as '_'
    /// (REPORTGEN_CHROMIUM, REPORTGEN_NOTOSERIFCJK_REGULAR_TTC). Pointing it at a missing path hides the program.
    /// </summary>
    public static string OverrideVariable(string program) =>
        "REPORTGEN_" + string.Concat(program.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    /// <summary>The full path of a program, from its override variable, or of a known system file, or from PATH.</summary>
    public static string? Find(string program)
    {
        var overrideVar = Environment.GetEnvironmentVariable(OverrideVariable(program));
        if (!string.IsNullOrEmpty(overrideVar)) return File.Exists(overrideVar) ? overrideVar : null;
        if (Files.TryGetValue(program, out var file)) return File.Exists(file.Path) ? file.Path : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Null when every program is present (or the category is required), else the skip reason.</summary>
    public static string? SkipReason(IReadOnlyCollection<string> programs)
    {
        var missing = programs.Where(p => Find(p) is null).ToList();
        if (missing.Count == 0 || Required) return null;
        return $"外部程序缺失（external category）: {string.Join(", ", missing)} — {InstallLine(missing)}; " +
               $"CI sets {RequiredVariable}=1 so that a missing program fails instead";
    }

    /// <summary>Runs a program; a missing one fails the test with the install line.</summary>
    public static (int Exit, string Out, string Err) Run(string program, params string[] args)
    {
        var path = Find(program);
        if (path is null) Assert.Fail($"'{program}' is not installed: {InstallLine([program])}");
        var psi = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
