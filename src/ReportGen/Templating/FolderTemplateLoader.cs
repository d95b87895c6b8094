using System.Collections.Concurrent;
using Catalog = ReportGen.Documents.Diagnostics.Catalog;
using FileDiagnostics = ReportGen.Documents.Diagnostics.FileDiagnostics;
using ReportGen.Files;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Resolves includes inside the format's template folder only (then the shared folder), never by
/// absolute path or "..": templates may be user-supplied and must not read arbitrary files.
/// Texts are cached; a batch parses each template once.
/// </summary>
/// <param name="probes">What the Files layer found at each candidate path, shared by the renders of one
/// renderer (a batch): the templates do not change during it, and a fresh renderer sees edits.</param>
public sealed class FolderTemplateLoader(IReadOnlyList<string> folders, ConcurrentDictionary<string, FileRead>? probes = null) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, string> _texts = new();
    private readonly ConcurrentDictionary<string, FileRead> _probes = probes ?? new();

    public IReadOnlyList<string> Folders => folders;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains("..") || templateName.Contains('\\'))
            throw new ScriptRuntimeException(callerSpan, Catalog.Templates.BadTemplateName.Text(templateName));
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        foreach (var folder in folders)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (!path.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) continue;
            var found = _probes.GetOrAdd(path, p => InputFile.Probe(FileKind.Template, p, folder));
            if (found.Ok) return path;
            if (found.Problem == FileProblem.OutsideRoot)
                throw new ScriptRuntimeException(callerSpan, Catalog.Templates.TemplateLinkOutside.Text(templateName));
        }
        throw new ScriptRuntimeException(callerSpan, Catalog.Templates.TemplateNotFound.Text(templateName));
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => _texts.GetOrAdd(templatePath, path => InputFile.ReadText(FileKind.Template, path, out var read)
            ?? throw new ScriptRuntimeException(callerSpan, Catalog.Templates.TemplateUnreadable.Text(Path.GetFileName(path), FileDiagnostics.Reason(read))));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => new(Load(context, callerSpan, templatePath));
}
