using System.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

/// <summary>
/// The tool as staff install it: dotnet pack, dotnet tool install from a local folder, run it.
/// Slow (a Release build, ~30–60 s): filter with <c>--filter Category!=Slow</c> for a quick run.
/// </summary>
[Trait("Category", "Slow")]
public class ToolPackageTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Packed_tool_installs_and_prints_chinese_help()
    {
        var packages = Path.Combine(_ws.Root, "pkg");
        var tools = Path.Combine(_ws.Root, "tools");
        // A private package cache and source list: no stale ReportGen.Tool from an earlier run, no network.
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_ws.Root, "nuget-cache") };
        var config = Path.Combine(_ws.Root, "nuget.config");
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");

        var pack = Run("dotnet", new[] { "pack", Path.Combine(Repo.Root, "src", "ReportGen.Cli", "ReportGen.Cli.csproj"), "-c", "Release", "-o", packages, "-nologo" }, null);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(packages, "ReportGen.Tool.*.nupkg"));

        var install = Run("dotnet", new[] { "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, "ReportGen.Tool" }, env);
        Assert.True(install.ExitCode == 0, install.Output);

        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "reportgen.exe" : "reportgen");
        var help = Run(exe, new[] { "--help" }, null);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("政府信息公开工作年度报告", help.Output);
        Assert.Contains("示例：", help.Output);
        Assert.Contains("reportgen new chuanying 2019", help.Output);
        Assert.Contains("显示帮助和用法", help.Output);

        // The installed tool carries its templates: a fresh workspace checks clean anywhere.
        var init = Run(exe, new[] { "init", Path.Combine(_ws.Root, "ws") }, null);
        Assert.True(init.ExitCode == 0, init.Output);
        var check = Run(exe, new[] { "check" }, null, Path.Combine(_ws.Root, "ws"));
        Assert.True(check.ExitCode == 0, check.Output);
    }

    private (int ExitCode, string Output) Run(string file, string[] args, IDictionary<string, string>? env, string? cwd = null)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd ?? _ws.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // Only a hang guard (pack and install take well under a minute): it turns a hung child into a failure.
        if (!p.WaitForExit(TimeSpan.FromMinutes(15))) { p.Kill(entireProcessTree: true); return (-1, "hung: killed after 15 minutes"); }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
