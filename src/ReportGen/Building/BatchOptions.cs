namespace ReportGen.Building;

/// <param name="LockTimeout">How long to wait for another run writing the same output folder; null: as long as it takes.</param>
public sealed record BatchOptions(string OutputRoot, bool Force = false, Shard Shard = default, int MaxParallelism = 0)
{
    public Shard EffectiveShard => Shard.Count == 0 ? Shard.All : Shard;
    public int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;

    /// <summary>The clock of the wait for the output folder (tests pass one they step by hand).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
    public TimeSpan? LockTimeout { get; init; }
    /// <summary>Called once when another run holds the output folder and this one starts waiting.</summary>
    public Action? OnWaiting { get; init; }
    public CancellationToken Cancellation { get; init; }

    /// <summary>How often a waiting run looks whether the output folder is free.</summary>
    public static TimeSpan LockPollInterval { get; } = TimeSpan.FromMilliseconds(200);
}
