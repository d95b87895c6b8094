using ReportGen.Templating;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Scriban's builtins are made on first use (LazyBuiltins): an office's template that calls string.*,
/// math.*, date.* … must render, fail and see names exactly as with Scriban's own eager builtins.
/// </summary>
public class LazyBuiltinsTests
{
    /// <summary>Scriban's own builtins in a context set up like ours, escaping aside.</summary>
    private static TemplateContext Eager() => new()
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        MemberFilter = _ => false,
        LoopLimit = 10_000,
        RecursiveLimit = 64,
        LimitToString = 1_000_000,
    };

    private static EscapingTemplateContext Lazy() => new(new FolderTemplateLoader([]));

    private static ScriptObject View() => new()
    {
        ["report"] = new ScriptObject { ["title"] = "某区<政府>信息公开年报", ["year"] = 2019 },
    };

    private static string Render(TemplateContext context, string template, bool withView = true)
    {
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Messages));
        if (withView) context.PushGlobal(View());
        return parsed.Render(context);
    }

    public static TheoryData<string> Expressions => new()
    {
        "\"a<b & c\" | string.upcase",
        "string.capitalize \"hello world\"",
        "report.title | string.truncate 6",
        "\"7\" | string.pad_left 3",
        "report.title | string.replace \"<\" \"[\"",
        "math.round 2.567 2",
        "math.floor 3.7",
        "1234.5 | math.format \"N1\"",
        "report.year | math.minus 1",
        "date.parse \"2019-03-01\" | date.to_string \"%Y年%m月%d日\"",
        "date.parse(\"2019-03-01\") | date.add_days 30 | date.to_string \"%F\"",
        "date.default_format",
        "\"<b>x</b> & y\" | html.escape",
        "\"<b>x</b>\" | html.strip",
        "regex.replace \"a1b22\" `\\d+` \"#\"",
        "regex.match \"2019年\" `(\\d+)年`",
        "regex.escape \"a.b*c\"",
        "[\"b\", \"a<\"] | array.sort | array.join \"、\"",
        "object.typeof 1.5",
        "object.keys report | array.join \",\"",
        "timespan.from_hours 36",
        "[] == empty",
        "\"\" == blank",
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void A_builtin_renders_as_with_scribans_own_builtins(string expression)
    {
        var template = "{{ " + expression + " }}";
        var eager = Render(Eager(), template);
        Assert.NotEmpty(eager);
        Assert.Equal(MarkupEscaper.Escape(eager), Render(Lazy(), template));
    }

    public static TheoryData<string, bool> Failures => new()
    {
        { "{{ strin.upcase \"x\" }}", true },
        { "{{ nothing }}", true },
        { "{{ string.no_such \"x\" }}", true },
        { "{{ math.no_such 1 }}", true },
        { "{{ report.titel }}", true },
        { "{{ string = 1 }}", false },
        { "{{ include_join = 1 }}", false },
        { "{{ date.parse 1 2 3 4 }}", true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void An_unknown_or_misused_name_fails_as_with_scribans_own_builtins(string template, bool withView)
    {
        var eager = Assert.ThrowsAny<ScriptRuntimeException>(() => Render(Eager(), template, withView));
        var lazy = Assert.ThrowsAny<ScriptRuntimeException>(() => Render(Lazy(), template, withView));
        Assert.Equal(eager.Message, lazy.Message);
    }

    [Theory]
    [InlineData("{{ string = 1 }}{{ string }}")]
    [InlineData("{{ func f; math = 2; ret math; end; f }}{{ math }}")]
    [InlineData("{{ for string in [1, 2] }}{{ string }}{{ end }}{{ \"a\" | string.upcase }}")]
    public void Assigning_to_a_builtin_name_goes_to_the_view_as_before(string template)
    {
        Assert.Equal(Render(Eager(), template), Render(Lazy(), template));
    }

    [Fact]
    public void The_names_and_their_writability_are_scribans()
    {
        var eager = new TemplateContext().BuiltinObject;
        var lazy = EscapingTemplateContext.CreateBuiltins();
        Assert.Equal(eager.GetMembers(), lazy.GetMembers());
        Assert.Equal(eager.Count, lazy.Count);
        Assert.False(lazy.IsReadOnly);
        foreach (var name in eager.GetMembers().Append("not_a_builtin"))
        {
            Assert.Equal(eager.Contains(name), lazy.Contains(name));
            Assert.Equal(eager.CanWrite(name), lazy.CanWrite(name));
            var found = lazy.TryGetValue(null, default, name, out var value);
            Assert.Equal(eager.TryGetValue(null, default, name, out var expected), found);
            if (name == "include") Assert.IsAssignableFrom<IScriptCustomFunction>(value);
            else Assert.Equal(expected?.GetType(), value?.GetType());
        }
    }

    [Fact]
    public void A_builtin_is_made_only_when_its_name_is_read_and_then_once()
    {
        var made = 0;
        var builtins = new LazyBuiltins([("thing", () => { Interlocked.Increment(ref made); return new ScriptObject(); })]);
        Assert.True(builtins.Contains("thing"));
        Assert.False(builtins.CanWrite("thing"));
        Assert.Equal(0, made);
        Assert.Same(builtins["thing"], builtins["thing"]);
        Assert.Equal(1, made);
    }

    [Fact]
    public void Renders_racing_to_first_use_share_one_object_each()
    {
        const int threads = 8;
        var made = new int[2];
        var builtins = new LazyBuiltins(
        [
            ("slow", () => { Interlocked.Increment(ref made[0]); Thread.Sleep(50); return new StringFunctions(); }),
            ("string", () => { Interlocked.Increment(ref made[1]); return new StringFunctions(); }),
        ]);
        using var start = new Barrier(threads);
        var results = new (string Output, object? Slow, object? String)[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            var context = new TemplateContext(builtins) { StrictVariables = true };
            var template = Template.Parse("{{ \"x\" | slow.upcase }}{{ \"y\" | string.upcase }}");
            start.SignalAndWait();
            var output = template.Render(context);
            results[i] = (output, builtins["slow"], builtins["string"]);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Equal(new[] { 1, 1 }, made);
        Assert.All(results, r => Assert.Equal("XY", r.Output));
        Assert.Single(results.Select(r => r.Slow).Distinct());
        Assert.Single(results.Select(r => r.String).Distinct());
    }

    [Fact]
    public void Shared_builtins_render_from_parallel_workers()
    {
        const string template = "{{ report.title | string.upcase }} {{ math.round 2.567 2 }} {{ date.parse \"2019-03-01\" | date.to_string \"%F\" }} {{ \"<i>\" | html.strip }} {{ regex.replace \"a1\" `\\d` \"#\" }}";
        var expected = MarkupEscaper.Escape(Render(Eager(), template));
        var outputs = new string[16];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outputs[i] = Render(Lazy(), template));
        Assert.All(outputs, o => Assert.Equal(expected, o));
    }
}
