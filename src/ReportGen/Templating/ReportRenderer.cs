using System.Collections.Concurrent;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using Scriban;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Stage 4: model → report markup (Scriban, strict, escaping) → document model. Templates are
/// parsed once per batch and shared; each render gets its own context.
/// </summary>
public sealed class ReportRenderer
{
    private readonly ConcurrentDictionary<string, Template> _parsed = new();
    private readonly ConcurrentDictionary<string, FileRead> _probes = new();
    private readonly string _sharedFolder;

    private readonly FormatCatalog _catalog;

    public ReportRenderer(FormatCatalog catalog, string? overrideFolder = null)
    {
        _catalog = catalog;
        _sharedFolder = Path.Combine(catalog.TemplatesRoot, "_shared");
        OverrideFolder = overrideFolder;
    }

    /// <summary>An office's own templates, searched before the built-in ones (same file names).</summary>
    public string? OverrideFolder { get; }

    public ReportDocument? Render(ReportModel model, DiagnosticBag diagnostics)
    {
        var references = new MarkupReferences();
        var markup = RenderMarkup(model, references, diagnostics, out var loader);
        if (markup is null) return null;
        var parser = new MarkupParser(fragment => LocateInTemplates(loader.Folders, fragment), references);
        return parser.Parse(markup, Catalog.Templates.Output.Text($"{model.Format.Folder}/{model.Format.Template}"), diagnostics);
    }

    public string? RenderMarkup(ReportModel model, DiagnosticBag diagnostics) => RenderMarkup(model, new MarkupReferences(), diagnostics, out _);

    private string? RenderMarkup(ReportModel model, MarkupReferences references, DiagnosticBag diagnostics, out FolderTemplateLoader loader)
    {
        var folders = new List<string>();
        if (OverrideFolder is not null) folders.Add(Path.Combine(OverrideFolder, model.Format.Id));
        folders.Add(model.Format.Folder);
        if (model.Format.TemplatesFrom is { } from && _catalog.Find(from) is { } parent && parent != model.Format)
            folders.Add(parent.Folder);
        folders.Add(_sharedFolder);
        loader = new FolderTemplateLoader(folders, _probes);
        var context = new EscapingTemplateContext(loader);
        try
        {
            var mainPath = loader.GetPath(context, default, model.Format.Template);
            var main = Parse(mainPath, loader, context, diagnostics);
            if (main is null) return null;
            foreach (var (path, template) in _parsed) context.CachedTemplates[path] = template;
            context.PushGlobal(TemplateView.Build(model, references));
            var markup = main.Render(context);
            foreach (var (path, template) in context.CachedTemplates) _parsed.TryAdd(path, template);
            return markup;
        }
        catch (ScriptRuntimeException e)
        {
            var message = e.OriginalMessage;
            var undefined = message.Contains("was not found", StringComparison.Ordinal) || message.StartsWith("Cannot get member with name", StringComparison.Ordinal);
            diagnostics.Add(undefined
                ? Catalog.Templates.Undefined.At(ToSpan(e.Span), "", Name(message))
                : Catalog.Templates.Runtime.At(ToSpan(e.Span), "", ScriptErrorText.Translate(message)));
            return null;
        }
    }

    private Template? Parse(string path, FolderTemplateLoader loader, EscapingTemplateContext context, DiagnosticBag diagnostics)
    {
        var template = _parsed.GetOrAdd(path, p => Template.Parse(loader.Load(context, default, p), p));
        if (!template.HasErrors) return template;
        foreach (var m in template.Messages)
            diagnostics.Add(Catalog.Templates.Syntax.At(ToSpan(m.Span), "", m.Message));
        return null;
    }

    private static SourceSpan ToSpan(Scriban.Parsing.SourceSpan span)
        => new(span.FileName ?? Catalog.Templates.UnnamedTemplate.Text(), span.Start.Line + 1, span.Start.Column + 1);

    private static string Name(string message)
    {
        const string member = "Cannot get member with name ";
        if (message.StartsWith(member, StringComparison.Ordinal)) return message[member.Length..].TrimEnd('.');
        var start = message.IndexOf('`');
        var end = start >= 0 ? message.IndexOf('`', start + 1) : -1;
        return end > start ? message[(start + 1)..end] : message;
    }

    /// <summary>Where a literal fragment (e.g. "&lt;foo") is written in the templates used, for errors in the rendered markup.</summary>
    private static SourceSpan? LocateInTemplates(IReadOnlyList<string> folders, string fragment)
    {
        var files = folders.SelectMany(f => FileTree.Files(f, "*.sbn").Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            if (InputFile.ReadText(FileKind.Template, path, out _) is not { } text) continue;
            var index = text.IndexOf(fragment, StringComparison.Ordinal);
            if (index < 0) continue;
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - text.LastIndexOf('\n', Math.Max(0, index - 1));
            return new SourceSpan(path, line, column);
        }
        return null;
    }
}
