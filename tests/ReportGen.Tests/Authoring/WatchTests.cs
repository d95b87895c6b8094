using System.Collections.Concurrent;
using ReportGen.Authoring;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Testing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

/// <summary>
/// The watcher runs on a <see cref="ManualClock"/>: saves are reported to it (or found by a poll the test
/// triggers) and time moves only when the test moves it, so each assertion about "not yet" and "exactly
/// once" holds however busy the machine is. One test checks that real file events reach the watcher.
/// </summary>
public class WatchTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    /// <summary>A watcher on a manual clock whose builds the test collects.</summary>
    private sealed class Harness : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cancel = new();
        private readonly ConcurrentQueue<IReadOnlyList<BuildResult>> _batches = new();
        private Task _run = Task.CompletedTask;

        public Harness(Func<ManualClock, Action<IReadOnlyList<BuildResult>>, ReportWatcher> create) => Watcher = create(Clock, _batches.Enqueue);

        public ManualClock Clock { get; } = new();
        public ReportWatcher Watcher { get; }

        /// <summary>Starts the watcher and returns the first build of everything.</summary>
        public async Task<IReadOnlyList<BuildResult>> StartAsync()
        {
            _run = Task.Run(() => Watcher.RunAsync(_cancel.Token));
            await Settled(Clock.WhenWaitingAsync());
            return Assert.Single(Batches());
        }

        public async Task AdvanceAsync(TimeSpan by) => await Settled(Clock.AdvanceAsync(by));

        /// <summary>The builds since the last call.</summary>
        public List<IReadOnlyList<BuildResult>> Batches()
        {
            var list = new List<IReadOnlyList<BuildResult>>();
            while (_batches.TryDequeue(out var b)) list.Add(b);
            return list;
        }

        /// <summary>A watcher that stopped (threw) never waits on the clock again: surface its exception instead.</summary>
        private async Task Settled(Task step)
        {
            if (await Task.WhenAny(step, _run) == _run && !step.IsCompleted) await _run;
            await step;
        }

        public async ValueTask DisposeAsync()
        {
            _cancel.Cancel();
            await _run.WaitAsync(ManualClock.HangGuard);
        }
    }

    /// <summary>A watcher that hears of saves only through <see cref="ReportWatcher.Notify"/>.</summary>
    private Harness Fed(IReadOnlyList<string> paths, string? templates = null, Func<ReportPipeline>? pipeline = null)
        => new((clock, onBuilt) => new ReportWatcher(pipeline ?? (() => TempWorkspace.Pipeline(new DumpWriter())), paths,
            templates ?? Repo.Templates, _ws.Out, onBuilt) { Time = clock, Debounce = Debounce, WatchFileSystem = false });

    [Fact]
    public async Task A_save_rebuilds_its_report_and_a_broken_save_keeps_the_last_good_output()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        await using var h = Fed([Path.Combine(_ws.Root, "data")]);
        Assert.False(Assert.Single(await h.StartAsync()).Failed);
        Assert.Contains("h1 一、概述", File.ReadAllText(output));

        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", "一、总体情况"));
        h.Watcher.Notify(file);
        await h.AdvanceAsync(Debounce + ReportWatcher.EventCheckInterval);
        var rebuilt = Assert.Single(Assert.Single(h.Batches()));
        Assert.Equal(file, rebuilt.File);
        Assert.False(rebuilt.Failed);
        Assert.Contains("h1 一、总体情况", File.ReadAllText(output));

        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -1"));
        h.Watcher.Notify(file);
        await h.AdvanceAsync(Debounce + ReportWatcher.EventCheckInterval);
        var failed = Assert.Single(Assert.Single(h.Batches()));
        Assert.True(failed.Failed);
        Assert.Contains(failed.Diagnostics, d => d.RuleId == "E0105");
        Assert.Contains("h1 一、总体情况", File.ReadAllText(output));
    }

    [Fact]
    public async Task Quick_successive_saves_are_debounced_into_one_build()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        await using var h = Fed([file]);
        await h.StartAsync();

        // Five saves 50 ms apart: the watcher looks every 100 ms but never finds 300 ms of quiet.
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", $"一、概述{i}"));
            h.Watcher.Notify(file);
            await h.AdvanceAsync(TimeSpan.FromMilliseconds(50));
        }
        Assert.Empty(h.Batches());
        // 250 ms after the last save (its last look saw 200 ms of quiet): still not quiet long enough.
        await h.AdvanceAsync(Debounce - ReportWatcher.EventCheckInterval);
        Assert.Empty(h.Batches());
        // The quiet period ends at the next look: one build, of the last save.
        await h.AdvanceAsync(ReportWatcher.EventCheckInterval);
        Assert.Single(Assert.Single(h.Batches()));
        Assert.Contains("h1 一、概述4", File.ReadAllText(Path.Combine(_ws.Out, "testzone", "2018.txt")));
        // And nothing more, however long it stays quiet.
        await h.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(h.Batches());
    }

    [Fact]
    public async Task Saving_a_report_rebuilds_the_next_years_whose_cross_year_rules_read_it()
    {
        var earlier = _ws.Write("testzone", 2017, Yaml.MinimalPre2019.Replace("year: 2018", "year: 2017").Replace("2018年", "2017年"));
        var later = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        _ws.Write("otherzone", 2018, Yaml.MinimalPre2019.Replace("testzone", "otherzone"));
        await using var h = Fed([Path.Combine(_ws.Root, "data")]);
        Assert.Equal(3, (await h.StartAsync()).Count);

        h.Watcher.Notify(earlier);
        await h.AdvanceAsync(Debounce + ReportWatcher.EventCheckInterval);
        Assert.Equal(new[] { earlier, later }, Assert.Single(h.Batches()).Select(r => r.File));
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
        await using var h = Fed([Path.Combine(_ws.Root, "data")], templates, () =>
        {
            Interlocked.Increment(ref factories);
            return new ReportPipeline(new ReportGen.Formats.FormatCatalog(templates), new IDocumentWriter[] { new DumpWriter() });
        });
        Assert.Equal(2, (await h.StartAsync()).Count);

        var format = Path.Combine(templates, "pre2019", "format.yaml");
        File.WriteAllText(format, File.ReadAllText(format).Replace("name: 政府信息公开情况统计表", "name: 政府信息公开情况统计表（新）"));
        h.Watcher.Notify(format);
        await h.AdvanceAsync(Debounce + ReportWatcher.EventCheckInterval);
        Assert.Equal(2, Assert.Single(h.Batches()).Count);
        Assert.Equal(2, factories);
    }

    [Fact]
    public async Task Polling_finds_a_save_at_the_next_poll()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        var poll = TimeSpan.FromSeconds(1);
        await using var h = new Harness((clock, onBuilt) => new ReportWatcher(() => TempWorkspace.Pipeline(new DumpWriter()),
            [Path.Combine(_ws.Root, "data")], Repo.Templates, _ws.Out, onBuilt) { Time = clock, ForcePolling = true, PollInterval = poll });
        await h.StartAsync();

        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", "一、总体情况"));
        await h.AdvanceAsync(poll - TimeSpan.FromMilliseconds(1));
        Assert.Empty(h.Batches());
        await h.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        var rebuilt = Assert.Single(Assert.Single(h.Batches()));
        Assert.False(rebuilt.Failed);
        Assert.Contains("h1 一、总体情况", File.ReadAllText(output));

        await h.AdvanceAsync(poll * 5);
        Assert.Empty(h.Batches());
    }

    /// <summary>
    /// The operating system's file events on the real clock. Nothing here depends on timing: the test waits for
    /// the outcome (a successful build of the saved text), however many builds a save's events cause.
    /// </summary>
    [Fact]
    public async Task File_events_from_a_real_save_reach_the_watcher()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        var batches = new BlockingCollection<IReadOnlyList<BuildResult>>();
        var watcher = new ReportWatcher(() => TempWorkspace.Pipeline(new DumpWriter()), [Path.Combine(_ws.Root, "data")],
            Repo.Templates, _ws.Out, batches.Add);
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => watcher.RunAsync(cancel.Token));
        // The first build comes after the file watchers are listening.
        Assert.False(Assert.Single(Take(batches)).Failed);

        File.WriteAllText(file, Yaml.MinimalPre2019.Replace("一、概述", "一、总体情况"));
        // An editor's save can arrive as several events; a build may catch it half-written and fail, the next follows.
        while (!Take(batches).Any(r => r.File == file && !r.Failed && File.ReadAllText(output).Contains("h1 一、总体情况"))) { }

        cancel.Cancel();
        await run.WaitAsync(ManualClock.HangGuard);
    }

    private static IReadOnlyList<BuildResult> Take(BlockingCollection<IReadOnlyList<BuildResult>> batches)
    {
        Assert.True(batches.TryTake(out var batch, ManualClock.HangGuard), "no build: the file event never arrived");
        return batch!;
    }
}
