using System.Diagnostics;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Testing;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// Offices may bring their own templates (--templates): a template is code, so it runs with limits on
/// loops, recursion and output, and sees only the model, never .NET objects or files outside its folders.
/// The limits count steps, so what is asserted (an error, no output, the memory the render allocated) does not
/// depend on how busy the machine is; the times are printed for the README, never asserted.
/// </summary>
[Collection(TimingCollection.Name)]
public class HostileTemplateTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    public static TheoryData<string, string> Hostile => new()
    {
        { "endless-while", "{{ while true }}x{{ end }}" },
        { "endless-for", "{{ for i in 1..1000000000 }}{{ i }}{{ end }}" },
        { "recursion", "{{ func f(x); ret f(x + 1); end; f 1 }}" },
        { "mutual-recursion", "{{ func a(x); ret b(x); end; func b(x); ret a(x); end; a 1 }}" },
        { "pad-left-bomb", "{{ \"x\" | string.pad_left 100000000 }}" },
        { "pad-right-bomb", "{{ \"x\" | string.pad_right 100000000 }}" },
        { "output-bomb", "{{ for i in 1..9000 }}{{ \"x\" | string.pad_left 1000000 }}{{ end }}" },
        { "concat-doubling", "{{ s = \"xxxxxxxxxxxxxxxx\"; for i in 1..40; s = s + s; end; s }}" },
        { "range-join", "{{ (1..100000000) | array.join \",\" }}" },
        { "range-size", "{{ (1..2000000000) | array.size }}" },
        { "get-type", "{{ report.GetType }}" },
        { "get-type-call", "{{ report.GetType() }}" },
        { "string-member", "{{ report.id.Length }}" },
        { "type-name", "{{ report.agency.GetType.Assembly.Location }}" },
        { "include-absolute", "{{ include '/etc/passwd' }}" },
        { "include-parent", "{{ include '../../../etc/passwd' }}" },
        { "include-self", "{{ include 'report' }}" },
        { "import", "{{ import report }}{{ GetType }}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_template_is_stopped_by_limits_with_an_error(string name, string template)
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var overrides = Path.Combine(_ws.Root, "my-templates");
        Directory.CreateDirectory(Path.Combine(overrides, "pre2019"));
        File.WriteAllText(Path.Combine(overrides, "pre2019", "report.sbn"), template);
        var pipeline = new ReportPipeline(TempWorkspace.Formats, new IDocumentWriter[] { new DumpWriter() }, overrides);

        var clock = Stopwatch.StartNew();
        // A runaway render cannot be aborted, only abandoned: the hang guard fails the test instead of hanging the run.
        var (result, delta) = await Task.Run(() =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var built = pipeline.Build(file, _ws.Out);
            return (built, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }).WaitAsync(ManualClock.HangGuard);
        clock.Stop();

        var error = result.Diagnostics.FirstOrDefault(d => d.IsError);
        output.WriteLine($"{name}: {clock.Elapsed.TotalMilliseconds:F0} ms, allocated {delta / 1024.0 / 1024.0:F0} MB: {error}");
        Assert.NotNull(error);
        Assert.StartsWith("E02", error.RuleId);
        Assert.Contains(error.Message, c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.Empty(result.Outputs);
        Assert.True(delta < 512L * 1024 * 1024, $"{name} allocated {delta:N0} bytes");
    }
}
