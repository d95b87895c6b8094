using System.Diagnostics;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// Runs poppler/qpdf tools. A missing tool fails the test with the install command: the read-back
/// evidence must not silently disappear on a machine without them (.ci/run installs them).
/// </summary>
public static class ExternalTool
{
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed: apt-get install -y poppler-utils qpdf");
            throw;
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
