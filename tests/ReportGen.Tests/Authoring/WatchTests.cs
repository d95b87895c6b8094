using System.Collections.Concurrent;
using ReportGen.Authoring;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

public class WatchTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_a_data_file_rebuilds_its_report(bool polling)
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        var batches = new BlockingCollection<IReadOnlyList<BuildResult>>();
        var watcher = new ReportWatcher(() => TempWorkspace.Pipeline(new DumpWriter()), new[] { Path.Combine(_ws.Root, "data") },
            Repo.Templates, _ws.Out, batches.Add)
        { ForcePolling = polling, PollInterval = TimeSpan.FromMilliseconds(200) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = watcher.RunAsync(cancel.Token);

        var initial = Take(batches);
        Assert.False(Assert.Single(initial).Failed);
        Assert.Contains("h1 一、概述", File.ReadAllText(output));
        await Task.Delay(polling ? 400 : 200); // let the watcher take its first snapshot or arm its events

        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", "一、总体情况"));
        // Under load a poll can catch the save half-way (truncated file): that build fails, the next one follows.
        var rebuilt = TakeUntil(batches, b => b.All(r => !r.Failed));
        Assert.Equal(file, Assert.Single(rebuilt).File);
        Assert.Contains("h1 一、总体情况", File.ReadAllText(output));

        // A broken save reports the problem and keeps the last good output.
        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -1"));
        var failed = Assert.Single(Take(batches));
        Assert.True(failed.Failed);
        Assert.Contains(failed.Diagnostics, d => d.RuleId == "E0105");
        Assert.Contains("h1 一、总体情况", File.ReadAllText(output));

        cancel.Cancel();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Quick_successive_saves_are_debounced_into_one_build()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var batches = new BlockingCollection<IReadOnlyList<BuildResult>>();
        var watcher = new ReportWatcher(() => TempWorkspace.Pipeline(new DumpWriter()), new[] { file }, Repo.Templates, _ws.Out, batches.Add)
        { Debounce = TimeSpan.FromMilliseconds(500) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = watcher.RunAsync(cancel.Token);
        Take(batches);
        await Task.Delay(200);

        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", $"一、概述{i}"));
            await Task.Delay(50);
        }
        Assert.Single(Take(batches));
        Assert.False(batches.TryTake(out _, TimeSpan.FromSeconds(1.5)));
        Assert.Contains("h1 一、概述4", File.ReadAllText(Path.Combine(_ws.Out, "testzone", "2018.txt")));

        cancel.Cancel();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Saving_a_template_rebuilds_every_report_with_fresh_templates()
    {
        var templates = Path.Combine(_ws.Root, "templates");
        foreach (var f in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Repo.Templates, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        _ws.Write("otherzone", 2018, Yaml.MinimalPre2019.Replace("testzone", "otherzone"));
        var factories = 0;
        var batches = new BlockingCollection<IReadOnlyList<BuildResult>>();
        var watcher = new ReportWatcher(() =>
        {
            Interlocked.Increment(ref factories);
            return new ReportPipeline(new ReportGen.Formats.FormatCatalog(templates), new IDocumentWriter[] { new DumpWriter() });
        }, new[] { Path.Combine(_ws.Root, "data") }, templates, _ws.Out, batches.Add);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = watcher.RunAsync(cancel.Token);
        Assert.Equal(2, Take(batches).Count);
        await Task.Delay(200);

        var format = Path.Combine(templates, "pre2019", "format.yaml");
        File.WriteAllText(format, File.ReadAllText(format).Replace("name: 政府信息公开情况统计表", "name: 政府信息公开情况统计表（新）"));
        Assert.Equal(2, Take(batches).Count);
        Assert.Equal(2, factories);

        cancel.Cancel();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static IReadOnlyList<BuildResult> TakeUntil(BlockingCollection<IReadOnlyList<BuildResult>> batches, Func<IReadOnlyList<BuildResult>, bool> done)
    {
        for (var i = 0; i < 5; i++)
        {
            var batch = Take(batches);
            if (done(batch)) return batch;
        }
        Assert.Fail("no successful rebuild after five builds");
        return null!;
    }

    private static IReadOnlyList<BuildResult> Take(BlockingCollection<IReadOnlyList<BuildResult>> batches)
    {
        Assert.True(batches.TryTake(out var batch, TimeSpan.FromSeconds(10)), "no build within 10 s");
        return batch!;
    }
}
