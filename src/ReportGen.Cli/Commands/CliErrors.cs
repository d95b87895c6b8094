using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Every usage or I/O problem a command meets ends here: one Chinese line on standard error and exit 2.
/// The system's own (English) exception text never reaches the console; the Files layer's typed failure is worded instead.
/// </summary>
internal static class CliErrors
{
    public static int Usage(string message)
    {
        Console.Error.WriteLine("错误：" + message);
        return ExitCodes.UsageOrIo;
    }

    /// <param name="path">The file or folder the command was working on, named when the exception does not carry one.</param>
    public static int Io(Exception e, string path)
    {
        var message = e switch
        {
            DataPathException data => data.Message,
            OutputFolderBusyException busy => busy.Message,
            _ => FileDiagnostics.OfException(e, path).ToString(),
        };
        Console.Error.WriteLine(message.StartsWith("错误", StringComparison.Ordinal) || message.Contains(" 错误 ", StringComparison.Ordinal) ? message : "错误：" + message);
        return ExitCodes.UsageOrIo;
    }

    /// <summary>What is wrong with an output folder given on the command line, in words; null when it may be used.</summary>
    public static string? OutputFolder(string given, IEnumerable<string> inputs)
    {
        if (string.IsNullOrWhiteSpace(given)) return "--out 不能为空，请给出输出文件夹，如 --out out";
        return OutputFolders.Judge(given, inputs) switch
        {
            OutputFolderProblem.None => null,
            OutputFolderProblem.BadPath => $"输出文件夹“{given}”的路径无效（含有系统不允许的字符）",
            OutputFolderProblem.NotAFolder => $"输出文件夹“{given}”已存在，但不是文件夹（而是文件、设备或管道）",
            OutputFolderProblem.SystemFolder => $"输出文件夹“{given}”位于系统的特殊文件夹（/proc、/dev、/sys）中，不能写入报告",
            OutputFolderProblem.InsideInputs => $"输出文件夹“{given}”在数据文件夹之内：生成的文件会混入数据，请换一个数据文件夹以外的位置（如 --out out）",
            OutputFolderProblem.ContainsInputs => $"输出文件夹“{given}”包含了数据文件夹：请换一个不含数据的位置（如 --out out）",
            _ => $"输出文件夹“{given}”不能使用",
        };
    }

    /// <summary>A file the command will write at the end (a summary, the schema): refused before any work when it cannot be a regular file.</summary>
    public static string? TargetFile(string option, string given)
    {
        if (string.IsNullOrWhiteSpace(given)) return $"{option} 不能为空，请给出文件路径";
        return OutputFolders.JudgeFile(given) switch
        {
            OutputFolderProblem.None => null,
            OutputFolderProblem.BadPath => $"{option} 的路径“{given}”无效（含有系统不允许的字符）",
            OutputFolderProblem.SystemFolder => $"{option} 的路径“{given}”位于系统的特殊文件夹（/proc、/dev、/sys）中，不能写入",
            _ => $"{option} 的路径“{given}”不是普通文件（而是文件夹、设备或管道），不会写入或替换",
        };
    }
}
