using System.IO.Compression;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Ofd;

/// <summary>`--format ofd` through the CLI as staff run it: the file appears beside the PDF, a rerun skips it by its stamp, a broken save keeps it.</summary>
public class OfdBuildTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private (int ExitCode, string Output) Cli(params string[] args) => CliRunner.Run(_ws.Root, args);

    [Fact]
    public void Build_writes_ofd_beside_pdf_skips_it_when_unchanged_and_keeps_it_when_the_data_breaks()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var first = Cli("build", "data", "--format", "pdf,ofd", "--out", "out", "--templates", Repo.Templates);
        Assert.True(first.ExitCode == 0, first.Output);
        var ofd = Path.Combine(_ws.Out, "testzone", "2018.ofd");
        Assert.True(File.Exists(Path.Combine(_ws.Out, "testzone", "2018.pdf")));
        using (var zip = ZipFile.OpenRead(ofd))
            Assert.Equal("OFD.xml", zip.Entries[0].FullName);
        var good = File.ReadAllBytes(ofd);

        var again = Cli("build", "data", "--format", "pdf,ofd", "--out", "out", "--templates", Repo.Templates);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("未变跳过 1", again.Output);

        _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -100"));
        var broken = Cli("build", "data", "--format", "pdf,ofd", "--out", "out", "--templates", Repo.Templates);
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal(good, File.ReadAllBytes(ofd));
        Assert.Empty(Directory.GetFiles(Path.Combine(_ws.Out, "testzone"), "*" + ReportGen.Files.AtomicFile.TempSuffix));
    }
}
