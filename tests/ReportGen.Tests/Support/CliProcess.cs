using System.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>Runs the built CLI (beside the test binaries) as a child process, with optional environment overrides.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ReportGen.Cli.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment)
                if (v is null) psi.Environment.Remove(k); else psi.Environment[k] = v;
        return psi;
    }

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
