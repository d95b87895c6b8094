using System.Collections.Concurrent;
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
public sealed class FolderTemplateLoader(IReadOnlyList<string> folders) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, string> _texts = new();

    public IReadOnlyList<string> Folders => folders;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains("..") || templateName.Contains('\\'))
            throw new ScriptRuntimeException(callerSpan, $"模板名“{templateName}”无效：只能引用模板文件夹内的文件");
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        foreach (var folder in folders)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (!path.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) continue;
            var found = InputFile.Probe(FileKind.Template, path, folder);
            if (found.Ok) return path;
            if (found.Problem == FileProblem.OutsideRoot)
                throw new ScriptRuntimeException(callerSpan, $"模板“{templateName}”是指向模板文件夹之外的链接，已拒绝");
        }
        throw new ScriptRuntimeException(callerSpan, $"找不到模板“{templateName}”");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => _texts.GetOrAdd(templatePath, path => InputFile.ReadText(FileKind.Template, path, out var read)
            ?? throw new ScriptRuntimeException(callerSpan, $"无法读取模板“{Path.GetFileName(path)}”（{read.Problem}）"));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => new(Load(context, callerSpan, templatePath));
}
