namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// The command line as an attacker uses it: arguments naming devices, pseudo files, folders where files go, the
/// data folder as output; and two builds at once on one output folder. Every usage or I/O problem must be a
/// Chinese message with exit 2, never a stack trace; concurrent builds must both finish with complete outputs.
/// </summary>
internal static class CliCases
{
    private static readonly string[][] BadArguments =
    [
        ["build", "data", "--out", ""],
        ["build", "data", "--out", "/dev/null"],
        ["build", "data", "--out", "/proc/self/out"],
        ["build", "data", "--out", "data"],
        ["build", "data", "--out", "data/out"],
        ["build", "data", "--out", "afile"],
        ["build", "data", "--format", ""],
        ["build", "data", "--format", ",,"],
        ["build", "data", "--font", "body=/dev/zero"],
        ["build", "data", "--font", "body=/"],
        ["build", "data", "--font", "body="],
        ["build", "data", "--json", "/proc/self/x"],
        ["build", "data", "--json", "/"],
        ["build", "data", "--json", "/dev/full"],
        ["build", "data", "--json", "data"],
        ["build", "data", "--shard", "0/0"],
        ["build", "data", "--templates", "/dev/null"],
        ["build", "/nonexistent"],
        ["build", "/dev/zero"],
        ["check", "/dev/zero"],
        ["check", "afile"],
        ["schema", "--out", "/"],
        ["schema", "--out", "/dev/full"],
        ["schema", "--out", "/proc/self/x"],
        ["schema", "--out", ""],
        ["init", "/proc/self/newws"],
        ["init", "/dev/null"],
        ["init", ""],
        ["new", "../x", "2019"],
        ["new", "x", "-5"],
        ["explain", "/etc/passwd"],
    ];

    public static CliCase Arguments { get; } = new(
        (root, rng) =>
        {
            File.WriteAllText(Path.Combine(root, "afile"), "x");
            return [YamlText.Pick(rng, BadArguments)];
        },
        (root, results) =>
        {
            var (exit, output) = results[0];
            if (LooksLikeStackTrace(output)) return CaseVerdict.Crash("命令行出现了堆栈跟踪：" + FirstLine(output));
            if (exit == 0) return CaseVerdict.Ok; // some arguments are fine after all ("--font body=" falls back to the defaults)
            if (exit != 2 && exit != 1) return CaseVerdict.Crash($"退出码 {exit}（用法或读写问题应为 2）");
            if (!output.Any(c => c is >= '\u4E00' and <= '\u9FFF')) return CaseVerdict.Crash("错误信息不是中文：" + FirstLine(output));
            return CaseVerdict.Rejected;
        });

    /// <summary>Two <c>build --force</c> runs on the same data and output folder, started together.</summary>
    public static CliCase Concurrent { get; } = new(
        (root, rng) =>
        {
            string[] run = ["build", "data", "--out", "out", "--force", "--format", YamlText.Pick(rng, new[] { "html", "docx,html", "pdf" })];
            return [run, run];
        },
        (root, results) =>
        {
            foreach (var (exit, output) in results)
            {
                if (LooksLikeStackTrace(output)) return CaseVerdict.Crash("并发生成出现了堆栈跟踪：" + FirstLine(output));
                if (output.Contains("reportgen-tmp", StringComparison.Ordinal)) return CaseVerdict.Crash("一次运行删掉了另一次的临时文件：" + FirstLine(output));
            }
            if (results.Select(r => r.ExitCode).Distinct().Count() > 1)
                return CaseVerdict.Crash($"同样的数据两次运行结果不同（退出码 {string.Join("、", results.Select(r => r.ExitCode))}）");
            return results[0].ExitCode == 0 ? CaseVerdict.Ok : CaseVerdict.Rejected;
        });

    private static bool LooksLikeStackTrace(string output)
        => output.Contains("Unhandled exception", StringComparison.Ordinal) || output.Contains("\n   at ", StringComparison.Ordinal) || output.Contains("Exception:", StringComparison.Ordinal);

    private static string FirstLine(string s) => s.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "";
}
