using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Editor;

/// <summary>
/// <c>reportgen bench --editor</c>: the editor served on loopback, one report edited cell by cell as a clerk types
/// (each edit a preview request), measuring the round trip (what the page waits for after its short pause) and
/// the server's own time (Server-Timing), and the server's memory across the edits. Printed, never asserted.
/// </summary>
public static partial class EditorBenchmark
{
    public static async Task RunAsync(string dataFile, string templates, int edits, TextWriter output)
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-editor-bench-" + Environment.ProcessId);
        var agency = Path.GetFileName(Path.GetDirectoryName(dataFile)!);
        var year = Path.GetFileNameWithoutExtension(dataFile);
        var target = Path.Combine(root, "data", agency, year + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var text = Files.InputFile.ReadText(Files.FileKind.Data, dataFile, out _) ?? throw new IOException($"cannot read {dataFile}");
        Files.OutputFile.WriteText(target, text);
        try
        {
            var app = EditorApp.Create(new EditorOptions { Workspace = root, Templates = templates, Port = 0 });
            await app.StartAsync();
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(url) };
            var page = await client.GetStringAsync($"/edit/{agency}/{year}");
            client.DefaultRequestHeaders.Add(RequestGuard.TokenHeader, TokenMeta().Match(page).Groups[1].Value);
            client.DefaultRequestHeaders.Add("Origin", url);
            var opened = JsonNode.Parse(await client.GetStringAsync($"/api/reports/{agency}/{year}"))!.AsObject();
            var data = opened["data"]!.AsObject();
            var pdf = await client.PostAsync($"/api/reports/{agency}/{year}/export/pdf", JsonContent.Create(new JsonObject { ["data"] = data.DeepClone() }));
            var pages = pdf.Headers.TryGetValues("X-Page-Count", out var p) ? p.First() : "?";
            var cells = EditableCells(data);
            output.WriteLine($"编辑器性能：{agency}/{year}（{pages} 页），{edits} 次编辑，每次编辑一个单元格后请求预览");

            var roundTrips = new List<double>(edits);
            var serverTimes = new List<double>(edits);
            var memory = new List<(int Edit, long Managed, long WorkingSet)>();
            var unrendered = 0;
            for (var i = 0; i <= edits; i++)
            {
                if (i % (Math.Max(1, edits / 10)) == 0)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    memory.Add((i, GC.GetTotalMemory(true), Process.GetCurrentProcess().WorkingSet64));
                }
                if (i == edits) break;
                // Each cell typed up by one and back: the report stays valid (never negative) and every edit is a real change.
                var (row, column) = cells[i / 2 % cells.Count];
                row[column] = (row[column]?.GetValue<decimal>() ?? 0) + (i % 2 == 0 ? 1 : -1);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync($"/api/reports/{agency}/{year}/preview", JsonContent.Create(new JsonObject { ["data"] = data.DeepClone() }));
                var body = await response.Content.ReadAsByteArrayAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                response.EnsureSuccessStatusCode();
                // A figure only counts when the preview was rendered (a refused edit answers faster and shows nothing).
                if (JsonNode.Parse(body)?["html"] is null) { unrendered++; continue; }
                if (i < 20) continue; // warm-up: JIT and the first layout of fonts
                roundTrips.Add(elapsed);
                if (response.Headers.TryGetValues("Server-Timing", out var timing) && ServerDuration().Match(timing.First()) is { Success: true } m)
                    serverTimes.Add(double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            await app.StopAsync();
            output.WriteLine($"  往返（页面等待的时间，不含 60 毫秒输入停顿和浏览器绘制）：{Summary(roundTrips)}");
            output.WriteLine($"  服务器处理（改写 YAML + 读取 + 模型 + 检查 + 模板 + HTML）：{Summary(serverTimes)}");
            if (unrendered > 0) output.WriteLine($"  另有 {unrendered} 次编辑未生成预览（有错误），不计入上面的数字");
            output.WriteLine("  内存（本进程，GC 之后）：");
            foreach (var (edit, managed, workingSet) in memory)
                output.WriteLine($"    第 {edit,5} 次编辑：托管堆 {managed / 1024.0 / 1024:F1} MB，工作集 {workingSet / 1024.0 / 1024:F1} MB");
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Entered cells of the statistics (mappings of numbers), in file order: the cells a clerk types into.</summary>
    private static List<(JsonObject Row, string Column)> EditableCells(JsonObject data)
    {
        var cells = new List<(JsonObject, string)>();
        void Walk(JsonNode? node)
        {
            if (node is not JsonObject o) return;
            foreach (var (key, value) in o.ToList())
                if (value is JsonValue v && v.TryGetValue<decimal>(out _)) cells.Add((o, key));
                else Walk(value);
        }
        Walk(data["statistics"]);
        return cells.Where(c => !c.Item1.ContainsKey("fee_amount")).ToList();
    }

    private static string Summary(List<double> values)
    {
        if (values.Count == 0) return "（无数据）";
        var sorted = values.Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        return $"中位数 {At(0.5):F1} 毫秒，95% {At(0.95):F1} 毫秒，最大 {sorted[^1]:F1} 毫秒（{values.Count} 次）";
    }

    [GeneratedRegex("<meta name=\"reportgen-token\" content=\"([0-9A-F]+)\">")]
    private static partial Regex TokenMeta();

    [GeneratedRegex(@"dur=([0-9.]+)")]
    private static partial Regex ServerDuration();
}
