namespace ReportGen.Building;

public sealed record BatchOptions(string OutputRoot, bool Force = false, Shard Shard = default, int MaxParallelism = 0)
{
    public Shard EffectiveShard => Shard.Count == 0 ? Shard.All : Shard;
    public int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}
