using System.Diagnostics.Tracing;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>
/// What the measured reports allocate, by type: the runtime's own allocation sampling (one event about
/// every 100 KB, naming the type that crossed the mark), so the heaviest allocators show up without a
/// profiler attached. Types only, no stacks: enough to point at the code that makes them.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    /// <summary>The large-object heap's share, apart: each such allocation counts towards a full (gen-2) collection.</summary>
    private readonly Dictionary<string, long> _largeByType = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventId != AllocationTickEventId || e.PayloadNames is null) return;
        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload![t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload![a]) : 0;
        var large = e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload![k]) == 1;
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
            if (large) _largeByType[type] = _largeByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The heaviest types with their share of the sampled bytes and the KB per report they stand for.</summary>
    public void Print(TextWriter output, int reports, int top = 40)
    {
        List<KeyValuePair<string, long>> rows;
        lock (_gate) rows = _bytesByType.OrderByDescending(kv => kv.Value).ToList();
        if (rows.Count == 0)
        {
            // Native AOT has no runtime event source to sample from; the stage figures above still say what each allocates.
            output.WriteLine("  分配最多的类型：本程序（Native AOT）不提供运行时分配抽样；用 dotnet publish 的 ReadyToRun 版运行可见");
            return;
        }
        var total = Math.Max(1, rows.Sum(kv => kv.Value));
        output.WriteLine($"  分配最多的类型（运行时抽样，约每 100 KB 一次；共 {total / 1024.0 / Math.Max(1, reports):F0} KB/份）：");
        foreach (var (type, bytes) in rows.Take(top))
            output.WriteLine($"    {bytes * 100.0 / total,5:F1}%  {bytes / 1024.0 / Math.Max(1, reports),7:F0} KB/份  {type}");
        List<KeyValuePair<string, long>> large;
        lock (_gate) large = _largeByType.OrderByDescending(kv => kv.Value).ToList();
        if (large.Count == 0) return;
        output.WriteLine($"  其中大对象（≥ 85 KB，计入完全回收的预算）：共 {large.Sum(kv => kv.Value) / 1024.0 / Math.Max(1, reports):F0} KB/份");
        foreach (var (type, bytes) in large.Take(10))
            output.WriteLine($"    {bytes / 1024.0 / Math.Max(1, reports),7:F0} KB/份  {type}");
    }
}
