using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Tooling.Benchmarks;

/// <summary>
/// How fast each core runs one fixed piece of work over the caches and memory, core by core. On a shared virtual machine
/// a neighbour can slow a core several times over without the load average or the steal time showing it (measured on
/// this project's build machine: this workload took 83–93 ms on a quiet core and up to 453 ms on a contended one, for
/// minutes at a time). A benchmark printed without this cannot tell a slower build from a slower machine.
/// </summary>
internal static class CoreSpeed
{
    /// <summary>Milliseconds per core (index = core), or null where threads cannot be pinned (not Linux).</summary>
    public static double[]? Probe()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var cores = Math.Min(Environment.ProcessorCount, 64);
        var result = new double[cores];
        for (var core = 0; core < cores; core++)
        {
            var ms = -1.0;
            var c = core;
            var thread = new Thread(() => ms = Pinned(c)) { IsBackground = true };
            thread.Start();
            thread.Join();
            if (ms < 0) return null;
            result[core] = ms;
        }
        return result;
    }

    /// <summary>One line for the report: each core's time and how far the slowest lags the fastest.</summary>
    public static string Describe(double[]? ms)
    {
        if (ms is null || ms.Length == 0) return "核速度：本系统不能把线程固定到核上，未测";
        var spread = (ms.Max() / Math.Max(0.001, ms.Min()) - 1) * 100;
        var cores = string.Join("，", ms.Select((v, i) => $"核 {i} {v:F0} 毫秒"));
        var warning = spread > 15 ? "；相差超过 15%：有别的负载占用了较慢的核，这时的墙钟与 CPU 数字都偏慢" : "";
        return $"核速度（同一段计算，各核依次）：{cores}（最慢比最快慢 {spread:F0}%{warning}）";
    }

    private static double Pinned(int core)
    {
        var mask = 1UL << core;
        if (SetAffinity(0, sizeof(ulong), ref mask) != 0) return -1;
        var table = new ulong[TableLength];
        Work(table, 500_000); // warm the code, the core and the table's pages
        var clock = Stopwatch.StartNew();
        var sink = Work(table, 4_000_000);
        var ms = clock.Elapsed.TotalMilliseconds;
        GC.KeepAlive(sink);
        return ms;
    }

    /// <summary>8 MB: beyond the caches a core has to itself, as a batch's heap is.</summary>
    private const int TableLength = 1 << 20;

    /// <summary>
    /// Arithmetic and reads and writes scattered over a table larger than the private caches: a neighbour slows a
    /// shared core mostly through the caches and memory, which arithmetic alone does not feel (measured: a register-only
    /// loop ran at the same speed on both cores while the builds on one of them took 45 % longer).
    /// </summary>
    private static ulong Work(ulong[] table, int rounds)
    {
        var x = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < rounds; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            ref var slot = ref table[(int)(x >> 44) & (TableLength - 1)];
            slot += x;
            x += slot * 0x2545F4914F6CDD1DUL;
        }
        return x;
    }

    [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static extern int SetAffinity(int threadId, nint maskSize, ref ulong mask);
}
