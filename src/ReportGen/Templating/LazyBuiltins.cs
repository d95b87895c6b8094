using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Built-in objects (string, math, date, …) each made the first time a template reads its name: making
/// them all up front was a fifth of a cold single-report build, and our own templates use two of them.
/// Every name is stored from the start, read-only, so what Scriban asks without reading a value
/// (Contains, CanWrite, GetMembers, Count) answers exactly as for its own builtins.
/// </summary>
/// <remarks>
/// Meant only as a context's builtin object, which Scriban reads through TryGetValue: enumerating it or
/// copying it with CopyTo shows the placeholders, not the objects. The store is filled here and not
/// written after (renders write to the view pushed above), so parallel renders may read it at once;
/// each object is made once, by whichever render asks first.
/// </remarks>
internal sealed class LazyBuiltins : ScriptObject
{
    public LazyBuiltins(IReadOnlyList<(string Name, Func<object> Create)> builtins)
        : base(builtins.Count, autoImportStaticsFromThisType: false)
    {
        foreach (var (name, create) in builtins)
            SetValue(name, new Deferred(create), readOnly: true);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value)) return false;
        if (value is Deferred deferred) value = deferred.Value;
        return true;
    }

    /// <summary>A builtin not made yet; Lazy's default mode runs the factory once even when renders race.</summary>
    private sealed class Deferred(Func<object> create)
    {
        private readonly Lazy<object> _value = new(create);

        public object Value => _value.Value;
    }
}
