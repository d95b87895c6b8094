using System.Collections.Concurrent;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Authoring;

/// <summary>
/// <c>reportgen watch</c>: rebuilds a report when its YAML is saved, and every report when a template
/// changes. Editors save in bursts (temp file, rename, touch), so changes are collected and handled
/// once things are quiet for <see cref="Debounce"/>. Outputs stay atomic because builds go through
/// <see cref="ReportPipeline.Build"/>. Falls back to polling when file events are unavailable.
/// Every wait goes through <see cref="Time"/>, so tests step through the debounce with a manual clock.
/// </summary>
public sealed class ReportWatcher
{
    private readonly Func<ReportPipeline> _pipelineFactory;
    private readonly IReadOnlyList<string> _dataPaths;
    private readonly string _templates;
    private readonly string _outputRoot;
    private readonly Action<IReadOnlyList<BuildResult>> _onBuilt;
    // Windows paths compare case-insensitively; events may spell a path differently from the arguments.
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    private readonly ConcurrentDictionary<string, byte> _pending = new(PathComparer);
    private long _lastEventTimestamp;
    private volatile bool _templatesChanged;
    private volatile bool _polling;

    /// <param name="pipelineFactory">Called again after a template change: formats and templates are cached per pipeline.</param>
    public ReportWatcher(Func<ReportPipeline> pipelineFactory, IReadOnlyList<string> dataPaths, string templates, string outputRoot,
        Action<IReadOnlyList<BuildResult>> onBuilt)
    {
        _pipelineFactory = pipelineFactory;
        _dataPaths = dataPaths.Select(Path.GetFullPath).ToList();
        _templates = Path.GetFullPath(templates);
        _outputRoot = Path.GetFullPath(outputRoot);
        _onBuilt = onBuilt;
    }

    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>How often pending file events are looked at (they are built once quiet for <see cref="Debounce"/>).</summary>
    public static TimeSpan EventCheckInterval { get; } = TimeSpan.FromMilliseconds(100);
    /// <summary>The clock of the debounce and of every wait; a test passes one it moves by hand.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
    /// <summary>
    /// False: neither file events nor polling; changes arrive only through <see cref="Notify"/>. Tests use it so
    /// that what they check never depends on when the operating system delivers an event.
    /// </summary>
    internal bool WatchFileSystem { get; init; } = true;
    /// <summary>Poll from the start (network drives, containers without inotify).</summary>
    public bool ForcePolling { get; init; }
    /// <summary>Raised when file events failed and the watcher switched to polling.</summary>
    public event Action<string>? Notice;

    /// <summary>A path saved, created or deleted, as a file event reports it.</summary>
    internal void Notify(string path) => Enqueue(path);

    public async Task RunAsync(CancellationToken cancellation)
    {
        // Listening starts before the first build, so a save made while it runs is not lost.
        var watchers = new List<FileSystemWatcher>();
        _polling = ForcePolling && WatchFileSystem;
        if (WatchFileSystem && !_polling)
        {
            try
            {
                foreach (var folder in WatchedFolders()) watchers.Add(CreateWatcher(folder));
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                SwitchToPolling(e.Message);
            }
        }
        var snapshot = WatchFileSystem ? Snapshot() : new Dictionary<string, (DateTime, long)>(PathComparer);
        try
        {
            var pipeline = _pipelineFactory();
            _onBuilt(BuildAll(pipeline));
            while (!cancellation.IsCancellationRequested)
            {
                try { await Task.Delay(_polling ? PollInterval : EventCheckInterval, Time, cancellation); }
                catch (OperationCanceledException) { break; }

                if (_polling)
                {
                    var now = Snapshot();
                    foreach (var path in Changed(snapshot, now)) Enqueue(path);
                    snapshot = now;
                }
                if (_pending.IsEmpty && !_templatesChanged) continue;
                if (!_polling && Time.GetElapsedTime(Interlocked.Read(ref _lastEventTimestamp)) < Debounce) continue;

                var changed = _pending.Keys.ToList();
                foreach (var p in changed) _pending.TryRemove(p, out _);
                if (_templatesChanged)
                {
                    _templatesChanged = false;
                    pipeline = _pipelineFactory();
                    _onBuilt(BuildAll(pipeline));
                    continue;
                }
                var files = Affected(changed);
                if (files.Count > 0) _onBuilt(Build(pipeline, files));
            }
        }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
    }

    private IEnumerable<string> WatchedFolders()
    {
        var folders = new HashSet<string>(PathComparer);
        foreach (var p in _dataPaths)
            folders.Add(Directory.Exists(p) ? p : Path.GetDirectoryName(p)!);
        if (Directory.Exists(_templates)) folders.Add(_templates);
        return folders;
    }

    private FileSystemWatcher CreateWatcher(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        FileSystemEventHandler handler = (_, e) => Enqueue(e.FullPath);
        watcher.Changed += handler;
        watcher.Created += handler;
        watcher.Deleted += handler;
        watcher.Renamed += (_, e) => { Enqueue(e.OldFullPath); Enqueue(e.FullPath); };
        watcher.Error += (_, e) => SwitchToPolling(e.GetException().Message);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void SwitchToPolling(string reason)
    {
        if (_polling) return;
        _polling = true;
        Notice?.Invoke(Catalog.Authoring.Polling.Text(reason, PollInterval.TotalSeconds));
    }

    private void Enqueue(string path)
    {
        var name = Path.GetFileName(path);
        // Editor swap files and our own atomic-write temp files are noise.
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal)) return;
        var full = Path.GetFullPath(path);
        if (IsUnder(full, _outputRoot)) return;
        if (IsUnder(full, _templates)) _templatesChanged = true;
        else if (full.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)) _pending[full] = 0;
        else return;
        Interlocked.Exchange(ref _lastEventTimestamp, Time.GetTimestamp());
    }

    /// <summary>The changed reports, plus the next year's report of each (its cross-year rules read this one).</summary>
    private List<string> Affected(IEnumerable<string> changed)
    {
        var watched = DataFilesNow().ToHashSet(PathComparer);
        var result = new SortedSet<string>(PathComparer);
        foreach (var file in changed)
        {
            if (watched.Contains(file)) result.Add(file);
            if (int.TryParse(Path.GetFileNameWithoutExtension(file), out var year))
            {
                var next = Path.Combine(Path.GetDirectoryName(file)!, $"{year + 1}.yaml");
                if (watched.Contains(next)) result.Add(next);
            }
        }
        return result.ToList();
    }

    private IReadOnlyList<string> DataFilesNow()
    {
        try { return DataFiles.Find(_dataPaths.Where(p => File.Exists(p) || Directory.Exists(p))); }
        catch (FileNotFoundException) { return Array.Empty<string>(); }
    }

    private IReadOnlyList<BuildResult> BuildAll(ReportPipeline pipeline) => Build(pipeline, DataFilesNow());

    private IReadOnlyList<BuildResult> Build(ReportPipeline pipeline, IReadOnlyList<string> files)
    {
        var results = new List<BuildResult>();
        foreach (var file in files)
        {
            if (!File.Exists(file)) continue;
            try { results.Add(pipeline.Build(file, _outputRoot)); }
            catch (IOException) { Enqueue(file); } // still being written by the editor: try again after the next quiet period
        }
        return results;
    }

    private Dictionary<string, (DateTime, long)> Snapshot()
    {
        var result = new Dictionary<string, (DateTime, long)>(PathComparer);
        foreach (var folder in WatchedFolders())
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var f in FileTree.Find(folder, "*"))
            {
                var info = new FileInfo(f);
                result[info.FullName] = (info.LastWriteTimeUtc, info.Length);
            }
        }
        return result;
    }

    private static IEnumerable<string> Changed(Dictionary<string, (DateTime, long)> before, Dictionary<string, (DateTime, long)> after)
    {
        foreach (var (path, stamp) in after)
            if (!before.TryGetValue(path, out var old) || old != stamp) yield return path;
        foreach (var path in before.Keys)
            if (!after.ContainsKey(path)) yield return path;
    }

    private static bool IsUnder(string path, string folder)
        => path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, PathComparison);
}
