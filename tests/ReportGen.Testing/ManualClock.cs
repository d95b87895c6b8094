namespace ReportGen.Testing;

/// <summary>
/// A clock that moves only when the test moves it, for code that waits through a <see cref="TimeProvider"/>
/// (<c>Task.Delay(span, clock, token)</c>). <see cref="AdvanceAsync"/> fires the due timers one by one and,
/// after each, waits until the code under test waits on the clock again, so when it returns everything the
/// elapsed time set off has happened: a test can assert what did and did not happen, however busy the machine.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    /// <summary>
    /// Only turns a deadlock into a failure instead of a hung run; a passing test never comes near it, so
    /// nothing depends on how fast the machine is.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private long _ticks = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero).UtcTicks;
    private long _fired;
    private TaskCompletionSource? _armed;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return new DateTimeOffset(_ticks, TimeSpan.Zero);
    }

    public override long GetTimestamp()
    {
        lock (_gate) return _ticks;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes when a timer has been armed since the last one fired: the code under test is waiting on the clock.</summary>
    public async Task WhenWaitingAsync()
    {
        while (true)
        {
            Task armed;
            lock (_gate)
            {
                if (_timers.Any(t => t.Due is not null && t.ArmedAfter == _fired)) return;
                armed = (_armed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
            try { await armed.WaitAsync(HangGuard); }
            catch (TimeoutException) { throw new TimeoutException("the code under test never waited on the clock again"); }
        }
    }

    /// <summary>Moves time forward by <paramref name="by"/>, firing every timer that falls due on the way, in order.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        long target;
        lock (_gate) target = _ticks + by.Ticks;
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
                if (next is null) { _ticks = target; return; }
                _ticks = next.Due!.Value;
                _fired++;
                if (next.Period is { } period) (next.Due, next.ArmedAfter) = (_ticks + period, _fired);
                else _timers.Remove(next);
            }
            next.Fire();
            await WhenWaitingAsync();
        }
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource? armed;
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) return;
            timer.Due = _ticks + Math.Max(0, dueTime.Ticks);
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period.Ticks;
            timer.ArmedAfter = _fired;
            _timers.Add(timer);
            armed = _armed;
            _armed = null;
        }
        armed?.TrySetResult();
    }

    private void Disarm(ManualTimer timer)
    {
        lock (_gate) _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public long? Due { get; set; }
        public long? Period { get; set; }
        public long ArmedAfter { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Arm(this, dueTime, period);
            return true;
        }

        public void Dispose() => clock.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
