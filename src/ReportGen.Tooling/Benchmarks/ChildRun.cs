using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>How the installed tool is started: its apphost, or <c>dotnet ReportGen.Cli.dll</c>.</summary>
public sealed record ToolCommand(string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>The tool this process is: the same apphost or dll, so a child run is the tool as installed, never <c>dotnet run</c>.</summary>
    public static ToolCommand OfCurrentProcess()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet" && entry is { Length: > 0 }
            ? new ToolCommand(host, [entry])
            : new ToolCommand(host, []);
    }

    public override string ToString() => string.Join(" ", new[] { FileName }.Concat(LeadingArguments));

    /// <summary>How the tool's code was compiled, for the benchmark's heading: the from-start and cold figures depend on it.</summary>
    public static string Compilation()
        // A Native AOT binary has no assembly file (Location is empty), so the ReadyToRun test alone would call it
        // not precompiled; it is the one runtime without dynamic code.
        => !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "Native AOT 本机代码"
            : IsReadyToRun() ? "ReadyToRun 预编译"
            : "未预编译：安装版请用 dotnet publish -r <RID>，见 README";

    /// <summary>
    /// The collector this process runs with, and so the child runs of the same binary (unless DOTNET_gcServer says
    /// otherwise): the batch figures depend on it.
    /// </summary>
    public static string Collector()
        => System.Runtime.GCSettings.IsServerGC ? "服务器 GC" : "工作站 GC";

    /// <summary>Whether the tool's own assembly is precompiled (ReadyToRun): the from-start and cold figures depend on it.</summary>
    public static bool IsReadyToRun()
    {
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry) || !File.Exists(entry)) return false;
        using var stream = File.OpenRead(entry);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}

/// <summary>One run of the tool in a fresh process, measured from before the process starts to after it exits.</summary>
/// <param name="CpuSeconds">User + system time of the child (getrusage of waited-for children; polled on other systems).</param>
/// <param name="PeakMegabytes">The child's peak resident set (VmHWM, polled every 10 ms; 0 where /proc is missing).</param>
public sealed record ChildRun(int ExitCode, double WallSeconds, double CpuSeconds, double PeakMegabytes, string Output)
{
    public static ChildRun Start(ToolCommand tool, IEnumerable<string> arguments, string workingDirectory)
    {
        var psi = new ProcessStartInfo(tool.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in tool.LeadingArguments.Concat(arguments)) psi.ArgumentList.Add(a);
        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        double peak = 0, polledCpu = 0;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakResidentMegabytes(process.Id));
            try { polledCpu = process.TotalProcessorTime.TotalSeconds; } catch (InvalidOperationException) { }
        }
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var cpu = OperatingSystem.IsLinux() ? ChildrenCpuSeconds() - cpuBefore : polledCpu;
        return new ChildRun(process.ExitCode, wall, cpu, peak, stdout.Result + stderr.Result);
    }

    private static double PeakResidentMegabytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0]) / 1024.0;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    /// <summary>CPU of all children waited for so far (RUSAGE_CHILDREN); differences give one child's.</summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return GetRUsage(-1, out var u) == 0
            ? u.UserSeconds + u.UserMicroseconds / 1e6 + u.SystemSeconds + u.SystemMicroseconds / 1e6
            : 0;
    }

    /// <summary>This process's own CPU so far (user + system).</summary>
    public static double OwnCpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>The one-minute load average, printed beside each figure (a shared machine's figures need it).</summary>
    public static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }
}
