using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// A Scriban context in which every value a template prints is escaped, so no template author can
/// forget to escape user text; only <see cref="TrustedMarkup"/> (what an include rendered) passes as is.
/// Strict variables and limits are on: an undefined name is an error, loops and recursion are bounded.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>
    /// Scriban's built-in functions, shared: a context of its own builds all of them anew (a tenth of a
    /// report's template time), and each is made only when a template first names it. Read-only while
    /// rendering: a template's assignments and functions go to the view pushed on top of them.
    /// </summary>
    private static readonly ScriptObject SharedBuiltins = CreateBuiltins();

    /// <summary>The names and objects of Scriban's BuiltinFunctions, in its order, with include marking its result as markup.</summary>
    internal static LazyBuiltins CreateBuiltins() => new(
    [
        ("array", () => new ArrayFunctions()),
        ("empty", () => EmptyScriptObject.Default),
        ("blank", () => EmptyScriptObject.Default),
        ("include", () => new TrustedInclude(new IncludeFunction())),
        ("include_join", () => new IncludeJoinFunction()),
        ("date", () => new DateTimeFunctions()),
        ("html", () => new HtmlFunctions()),
        ("math", () => new MathFunctions()),
        ("object", () => new ObjectFunctions()),
        ("regex", () => new RegexFunctions()),
        ("string", () => new StringFunctions()),
        ("timespan", () => new TimeSpanFunctions()),
    ]);

    public EscapingTemplateContext(ITemplateLoader loader) : base(SharedBuiltins)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 10_000;
        RecursiveLimit = 64;
        // Scriban truncates silently by default ("…" appended), and LimitToString also capped the whole
        // output: a long valid report was cut mid-tag (found by the hardening tests). Throw instead, and
        // give the output its own, larger limit.
        LimitToString = 1_000_000;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = 64;
        // Only the view (ScriptObjects built from the model) is reachable: no .NET members.
        MemberFilter = _ => false;
    }

    /// <summary>Characters a whole render may write; a real report is well under a million.</summary>
    public const int MaxOutputChars = 16_000_000;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            TrustedMarkup markup => Write(markup.Value),
            // Strings are written whole, never cut at LimitToString; OutputLimit bounds their sum.
            string text => Write(MarkupEscaper.Escape(text)),
            _ => base.Write(span, MarkupEscaper.Escape(ObjectToString(textAsObject) ?? "")),
        };
    }

    /// <summary>Scriban's include, marking its result as markup so it is not escaped a second time.</summary>
    private sealed class TrustedInclude(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(TrustedMarkup);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => inner.Invoke(context, callerContext, arguments, blockStatement) is { } result ? new TrustedMarkup(result.ToString() ?? "") : null;

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
