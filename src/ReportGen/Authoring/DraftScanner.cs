using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;

namespace ReportGen.Authoring;

/// <summary>
/// Finds text still marked <see cref="Drafts.Marker"/> anywhere in a data file (preamble, sections,
/// a fixed-outline format's narrative alike). <c>check</c> reports it as a warning so staff can work
/// step by step; <c>build</c> as an error so an unfinished report is never published.
/// </summary>
public static class DraftScanner
{
    public static IReadOnlyList<Diagnostic> Scan(string file, Severity severity)
    {
        var read = ReportGen.Files.InputFile.Read(ReportGen.Files.FileKind.Data, file);
        if (!read.Ok) return Array.Empty<Diagnostic>();
        var bytes = read.Content;
        // Syntax errors are the reader's to report; a file that does not parse has no drafts to find.
        var root = YamlSource.Parse(file, bytes, new DiagnosticBag());
        var result = new List<Diagnostic>();
        if (root is not null) Walk(root, "", severity, result);
        return result;
    }

    private static void Walk(YamlNode node, string path, Severity severity, List<Diagnostic> result)
    {
        switch (node)
        {
            case YamlScalar s when !s.IsNull && Drafts.IsDraft(s.Value):
                result.Add(new Diagnostic(severity, Drafts.Code, s.Span, path, "草稿未完成：这段文字还是“待填写”",
                    $"请把这一行改写为本年度的正文（删去“{Drafts.Marker}”），上年原文在下方注释中可供参考。"));
                break;
            case YamlMapping m:
                foreach (var (k, v) in m.Entries) Walk(v, NodeReader.Join(path, k.Value), severity, result);
                break;
            case YamlSequence seq:
                for (var i = 0; i < seq.Items.Count; i++) Walk(seq.Items[i], $"{path}[{i}]", severity, result);
                break;
        }
    }
}
