using Scriban;
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
    public EscapingTemplateContext(ITemplateLoader loader)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 10_000;
        RecursiveLimit = 64;
        LimitToString = 1_000_000;
        ObjectRecursionLimit = 64;
        // Only the view (ScriptObjects built from the model) is reachable: no .NET members.
        MemberFilter = _ => false;
        var include = (IScriptCustomFunction)BuiltinObject["include"]!;
        BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            TrustedMarkup markup => base.Write(span, markup.Value),
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
