using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using Catalog = ReportGen.Documents.Diagnostics.Catalog;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Runs the real pipeline (load → check → render → writers) on one mutant and decides whether the
/// result is what a user must get: a valid report, or a clean refusal, never anything in between.
/// </summary>
public sealed class CaseClassifier(ReportPipeline pipeline, CliLauncher? cli = null)
{
    /// <summary>Errors about the file as a whole have no line; every other error must point at one.</summary>
    private static readonly HashSet<string> WholeFileCodes = new(StringComparer.Ordinal)
    {
        Catalog.Codes.Unreadable.Id, Catalog.Codes.DuplicateReport.Id, Catalog.Codes.ReadWrite.Id,
    };

    /// <summary>Outputs beyond this multiple of the input (plus a fixed allowance) are a denial of service: a 100 KB URL once made 894 MB of PDF.</summary>
    public const int MaxOutputGrowth = 40;
    public const long OutputAllowance = 24L * 1024 * 1024;

    /// <summary>One case of any class: a mutant alone, a mutant in an arranged workspace, or a command line.</summary>
    public CaseVerdict Classify(string dataFile, byte[] mutant, string outputRoot, Mutator mutator, Random rng)
    {
        if (mutator.Command is { } command) return ClassifyCommand(dataFile, mutant, command, rng);
        if (mutator.Arrange is { } arrange) return ClassifyWorkspace(dataFile, mutant, outputRoot, arrange, rng);
        return Classify(dataFile, mutant, outputRoot);
    }

    /// <param name="dataFile">Where the mutant is written: data/&lt;agency&gt;/&lt;year&gt;.yaml in a scratch folder.</param>
    /// <param name="outputRoot">A scratch output folder, empty before the run.</param>
    public CaseVerdict Classify(string dataFile, byte[] mutant, string outputRoot)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        File.WriteAllBytes(dataFile, mutant);
        BuildResult result;
        try
        {
            result = pipeline.Build(dataFile, outputRoot);
        }
        catch (Exception e)
        {
            return CaseVerdict.Crash($"未处理的异常 {e.GetType().Name}：{FirstLine(e.Message)}");
        }

        var written = Directory.Exists(outputRoot) ? Directory.GetFiles(outputRoot, "*", SearchOption.AllDirectories) : Array.Empty<string>();
        return Judge(result.Diagnostics, written, mutant.LongLength);
    }

    private CaseVerdict Judge(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> written, long inputBytes)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            if (written.Count != pipeline.Writers.Count)
                return CaseVerdict.Crash($"没有错误，却只写出了 {written.Count} 个文件（应为 {pipeline.Writers.Count} 个）");
            var size = written.Sum(f => new FileInfo(f).Length);
            if (size > inputBytes * MaxOutputGrowth + OutputAllowance)
                return CaseVerdict.Crash($"输出过大：{size} 字节（输入 {inputBytes} 字节）");
            foreach (var file in written)
                if (InertOutput.Problem(file) is { } problem) return CaseVerdict.Crash(problem);
            return CaseVerdict.Ok;
        }

        if (written.Count > 0) return CaseVerdict.Crash($"有错误却写出了文件：{Path.GetFileName(written[0])}（{errors[0]}）");
        foreach (var error in errors)
        {
            if (!error.Message.Any(IsChinese)) return CaseVerdict.Crash($"错误信息不是中文：{error}");
            var span = error.Span;
            var positioned = span is not null && span.File.Length > 0 && span.Line >= 1 && span.Column >= 1;
            if (!positioned && !(WholeFileCodes.Contains(error.RuleId) && span is not null && span.File.Length > 0))
                return CaseVerdict.Crash($"错误没有位置：{error}");
        }
        return CaseVerdict.Rejected;
    }

    /// <summary>As <c>build data</c> runs: every data file found (links and collisions judged), each report judged on its own outputs.</summary>
    private CaseVerdict ClassifyWorkspace(string dataFile, byte[] mutant, string outputRoot, Action<string, Random> arrange, Random rng)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        File.WriteAllBytes(dataFile, mutant);
        var data = Path.GetDirectoryName(Path.GetDirectoryName(dataFile)!)!;
        try
        {
            arrange(dataFile, rng);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CaseVerdict.Rejected; // the workspace could not be arranged (a link where one exists): nothing to judge
        }
        IReadOnlyList<string> files;
        try { files = DataFiles.Find([data]); }
        catch (DataPathException e)
        {
            return e.Message.Any(IsChinese) ? CaseVerdict.Rejected : CaseVerdict.Crash("数据文件夹的错误信息不是中文：" + e.Message);
        }
        catch (Exception e)
        {
            return CaseVerdict.Crash($"查找数据文件时未处理的异常 {e.GetType().Name}：{FirstLine(e.Message)}");
        }
        BatchSummary summary;
        var diagnostics = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        try
        {
            summary = new BatchRunner(pipeline).Run(files, new BatchOptions(outputRoot, Force: true, MaxParallelism: 1), (item, ds) => diagnostics[item.File] = ds);
        }
        catch (Exception e)
        {
            return CaseVerdict.Crash($"未处理的异常 {e.GetType().Name}：{FirstLine(e.Message)}");
        }
        var anyRendered = false;
        foreach (var item in summary.Items)
        {
            var key = Shard.KeyOf(item.File).Split('/');
            var folder = Path.Combine(outputRoot, key[0]);
            var written = Directory.Exists(folder)
                ? Directory.GetFiles(folder, key[1] + ".*").Where(f => !Path.GetFileName(f).StartsWith('.')).ToList()
                : new List<string>();
            // Another file of the same agency and year may have written these outputs only if that file was built and this one failed for its own reasons.
            if (item.Outcome == ReportOutcome.Failed && summary.Items.Any(o => o != item && Shard.KeyOf(o.File) == Shard.KeyOf(item.File) && o.Outcome == ReportOutcome.Rendered))
                return CaseVerdict.Crash($"两个数据文件都写出了 {key[0]}/{key[1]} 的输出");
            if (item.Outcome == ReportOutcome.Failed && summary.Items.Any(o => o != item && Shard.KeyOf(o.File) == Shard.KeyOf(item.File))) written.Clear();
            var verdict = Judge(diagnostics.GetValueOrDefault(item.File) ?? [], written, new FileInfo(item.File).Exists ? new FileInfo(item.File).Length : 0);
            if (verdict.Outcome == FuzzOutcome.Crash) return CaseVerdict.Crash($"{Path.GetRelativePath(data, item.File)}：{verdict.Reason}");
            anyRendered |= verdict.Outcome == FuzzOutcome.Ok;
        }
        return anyRendered ? CaseVerdict.Ok : CaseVerdict.Rejected;
    }

    /// <summary>The command line in a scratch workspace holding the mutant (and the templates the pipeline uses).</summary>
    private CaseVerdict ClassifyCommand(string dataFile, byte[] mutant, CliCase command, Random rng)
    {
        if (cli is null) return CaseVerdict.Crash("命令行用例需要启动 reportgen 的方式");
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        File.WriteAllBytes(dataFile, mutant);
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(dataFile)!)!)!;
        var runs = command.Runs(root, rng).Select(a => a.Concat(a[0] is "build" or "check" or "schema" ? ["--templates", pipeline.Formats.TemplatesRoot] : []).ToArray()).ToList();
        var results = new (int, string)[runs.Count];
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = runs.Count }, i => results[i] = cli(root, runs[i]));
        return command.Judge(root, results);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string FirstLine(string s) => s.Split('\n')[0];
}
