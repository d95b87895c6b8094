using ReportGen.Cli.Commands;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// Same data, same bytes: for every registered writer, across runs, time zones, locales, globalization
/// modes and the folder the workspace happens to live in (the CLI runs as a child process with that environment).
/// </summary>
public class DeterminismTests : IDisposable
{
    private readonly List<TempWorkspace> _workspaces = new();

    public void Dispose() { foreach (var ws in _workspaces) ws.Dispose(); }

    public static TheoryData<string, string, string, string> Environments => new()
    {
        { "UTC", "C", "C", "1" },
        { "Asia/Shanghai", "zh_CN.UTF-8", "zh_CN.UTF-8", "0" },
        { "Pacific/Chatham", "tr_TR.UTF-8", "tr_TR.UTF-8", "0" },
        { "America/St_Johns", "ar_SA.UTF-8", "de_DE.UTF-8", "0" },
    };

    private Dictionary<string, byte[]> Build(IReadOnlyDictionary<string, string?> environment)
    {
        var ws = new TempWorkspace();
        _workspaces.Add(ws);
        foreach (var seed in Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories))
            File.Copy(seed, Path.Combine(Directory.CreateDirectory(Path.Combine(ws.Root, "data", Path.GetFileName(Path.GetDirectoryName(seed))!)).FullName, Path.GetFileName(seed)));
        var formats = string.Join(",", WriterRegistry.All.Select(w => w.Format));
        var run = CliProcess.Run(ws.Root, environment, "build", "data", "--out", "out", "--format", formats, "--force", "--templates", Repo.Templates);
        Assert.True(run.ExitCode == 0, run.Output);
        var outputs = Directory.GetFiles(ws.Out, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(ws.Out, f), File.ReadAllBytes);
        Assert.Equal(Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories).Length * WriterRegistry.All.Count, outputs.Count);
        return outputs;
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Every_writer_gives_identical_bytes_whatever_the_environment(string tz, string lang, string lcAll, string invariant)
    {
        var reference = Build(new Dictionary<string, string?> { ["TZ"] = "UTC", ["LANG"] = "C", ["LC_ALL"] = "C", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });
        var other = Build(new Dictionary<string, string?> { ["TZ"] = tz, ["LANG"] = lang, ["LC_ALL"] = lcAll, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant });
        Assert.Equal(reference.Keys.Order(), other.Keys.Order());
        foreach (var (name, bytes) in reference)
            Assert.True(bytes.AsSpan().SequenceEqual(other[name]), $"{name} differs under TZ={tz} LANG={lang} LC_ALL={lcAll} invariant={invariant}");
    }

    /// <summary>
    /// The fonts' folder is part of the install, not of the document: the same font file in two folders gives the
    /// same PDF (subset prefixes come from the font's bytes, never its path).
    /// </summary>
    [Fact]
    public void The_folder_the_fonts_live_in_does_not_change_the_pdf()
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", "gbsn00lp.ttf");
        Assert.True(File.Exists(bundled), bundled);
        byte[] BuildWithFontIn(string folderName)
        {
            var ws = new TempWorkspace();
            _workspaces.Add(ws);
            var data = Directory.CreateDirectory(Path.Combine(ws.Root, "data", "yunxi")).FullName;
            File.Copy(Path.Combine(Repo.Data, "yunxi", "2024.yaml"), Path.Combine(data, "2024.yaml"));
            var fonts = Directory.CreateDirectory(Path.Combine(ws.Root, folderName)).FullName;
            var font = Path.Combine(fonts, "song.ttf");
            File.Copy(bundled, font);
            var run = CliProcess.Run(ws.Root, new Dictionary<string, string?>(), "build", "data", "--out", "out", "--format", "pdf",
                "--templates", Repo.Templates, "--font", "body=" + font, "--font", "title=" + font, "--font", "table=" + font);
            Assert.True(run.ExitCode == 0, run.Output);
            return File.ReadAllBytes(Path.Combine(ws.Out, "yunxi", "2024.pdf"));
        }
        var first = BuildWithFontIn("fonts-a");
        var second = BuildWithFontIn(Path.Combine("elsewhere", "字体"));
        Assert.True(first.AsSpan().SequenceEqual(second), "the PDF depends on the folder its fonts were read from");
    }
}
