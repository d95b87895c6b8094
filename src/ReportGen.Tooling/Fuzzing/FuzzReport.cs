namespace ReportGen.Tooling.Fuzzing;

/// <summary>Counts per mutator and outcome, the crashes, and what the run cost.</summary>
public sealed record FuzzReport(
    IReadOnlyDictionary<string, IReadOnlyDictionary<FuzzOutcome, int>> Counts,
    IReadOnlyList<FuzzCrash> Crashes,
    TimeSpan Elapsed,
    TimeSpan SlowestCase,
    string SlowestMutator,
    long PeakWorkingSetBytes)
{
    public int Total => Counts.Values.Sum(c => c.Values.Sum());
    public int Count(FuzzOutcome outcome) => Counts.Values.Sum(c => c.GetValueOrDefault(outcome));

    public void Print(TextWriter w)
    {
        w.WriteLine($"{"变异方式",-18}{"通过",8}{"拒绝",8}{"崩溃",8}");
        foreach (var (name, counts) in Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            w.WriteLine($"{name,-22}{counts.GetValueOrDefault(FuzzOutcome.Ok),8}{counts.GetValueOrDefault(FuzzOutcome.Rejected),8}{counts.GetValueOrDefault(FuzzOutcome.Crash),8}");
        w.WriteLine($"{"合计",-20}{Count(FuzzOutcome.Ok),8}{Count(FuzzOutcome.Rejected),8}{Count(FuzzOutcome.Crash),8}");
        w.WriteLine($"共 {Total} 个输入，用时 {Elapsed.TotalSeconds:F1} 秒（每个平均 {(Total == 0 ? 0 : Elapsed.TotalMilliseconds / Total):F1} 毫秒），" +
                    $"最慢 {SlowestCase.TotalMilliseconds:F0} 毫秒（{SlowestMutator}），进程内存峰值 {PeakWorkingSetBytes / (1024 * 1024)} MB");
        foreach (var c in Crashes.Take(20))
            w.WriteLine($"崩溃 #{c.Index} [{c.Mutator}] {Path.GetFileName(Path.GetDirectoryName(c.SeedFile))}/{Path.GetFileName(c.SeedFile)}：{c.Reason}{(c.SavedAs is null ? "" : "（已保存：" + c.SavedAs + "）")}");
    }
}
