using System.Diagnostics;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Progress while a batch runs: a live line on a terminal; plain periodic lines when output is
/// redirected (CI logs), so nobody stares at a silent job. Diagnostics are printed as reports finish.
/// </summary>
public sealed class BatchProgress : IDisposable
{
    private readonly TextWriter _out;
    private readonly int _total;
    private readonly bool _quiet;
    private readonly bool _silent;
    private readonly bool _live;
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done, _failed, _skipped;
    private TimeSpan _lastPlain;

    public BatchProgress(TextWriter output, int total, bool quiet, bool silent)
    {
        _out = output;
        _total = total;
        _quiet = quiet;
        _silent = silent;
        _live = !silent && !Console.IsOutputRedirected && total > 1;
    }

    public void Report(BatchItem item, IReadOnlyList<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _done++;
            if (item.Outcome == ReportOutcome.Failed) _failed++;
            if (item.Outcome == ReportOutcome.Skipped) _skipped++;
            if (_silent) return;
            ClearLive();
            var show = item.Outcome == ReportOutcome.Failed ? diagnostics : _quiet ? Array.Empty<Diagnostic>() : diagnostics;
            if (show.Count > 0) DiagnosticPrinter.Print(_out, show);
            if (item.Outcome == ReportOutcome.Failed)
                _out.WriteLine($"失败：{Name(item)}（{item.Errors} 个错误，未写出任何文件）");
            else if (!_quiet && item.Outcome == ReportOutcome.Rendered && _total <= 50)
                _out.WriteLine($"完成：{Name(item)}（{item.Milliseconds:F0} 毫秒）");
            if (_live) DrawLive();
            else if (_clock.Elapsed - _lastPlain >= TimeSpan.FromSeconds(2) && _done < _total)
            {
                _lastPlain = _clock.Elapsed;
                _out.WriteLine($"进度：{_done}/{_total}（失败 {_failed}，未变跳过 {_skipped}），已用 {_clock.Elapsed.TotalSeconds:F0} 秒");
            }
        }
    }

    /// <summary>The report's file as named from here; only asked for a line that names it (the current folder costs a system call).</summary>
    private static string Name(BatchItem item) => Path.GetRelativePath(Directory.GetCurrentDirectory(), item.File);

    private void DrawLive()
    {
        const int width = 30;
        var filled = _total == 0 ? width : _done * width / _total;
        var rate = _clock.Elapsed.TotalSeconds > 0 ? _done / _clock.Elapsed.TotalSeconds : 0;
        _out.Write($"\r[{new string('█', filled)}{new string('░', width - filled)}] {_done}/{_total}  失败 {_failed}  跳过 {_skipped}  {rate:F0} 份/秒 ");
    }

    private void ClearLive()
    {
        if (_live) _out.Write("\r" + new string(' ', 79) + "\r");
    }

    public void Dispose()
    {
        lock (_gate) ClearLive();
    }
}
