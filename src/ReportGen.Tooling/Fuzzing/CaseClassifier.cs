using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;

namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Runs the real pipeline (load → check → render → writers) on one mutant and decides whether the
/// result is what a user must get: a valid report, or a clean refusal, never anything in between.
/// </summary>
public sealed class CaseClassifier(ReportPipeline pipeline)
{
    /// <summary>Errors about the file as a whole have no line; every other error must point at one.</summary>
    private static readonly HashSet<string> WholeFileCodes = new(StringComparer.Ordinal) { ReportGen.Documents.Diagnostics.Catalog.Codes.Unreadable.Id };

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
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            if (written.Length != pipeline.Writers.Count)
                return CaseVerdict.Crash($"没有错误，却只写出了 {written.Length} 个文件（应为 {pipeline.Writers.Count} 个）");
            foreach (var file in written)
                if (InertOutput.Problem(file) is { } problem) return CaseVerdict.Crash(problem);
            return CaseVerdict.Ok;
        }

        if (written.Length > 0) return CaseVerdict.Crash($"有错误却写出了文件：{Path.GetFileName(written[0])}（{errors[0]}）");
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

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string FirstLine(string s) => s.Split('\n')[0];
}
