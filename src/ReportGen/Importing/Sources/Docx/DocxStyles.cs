using System.Text.RegularExpressions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Importing.Sources.Docx;

/// <summary>What a paragraph style tells about its paragraphs: heading level, title, caption, signature, alignment, bold.</summary>
internal sealed record DocxStyle(int? HeadingLevel, bool IsTitle, bool IsCaption, bool IsSignature, W.JustificationValues? Alignment, bool Bold)
{
    public static readonly DocxStyle None = new(null, false, false, false, null, false);
}

/// <summary>The styles part, resolved through <c>basedOn</c> (bounded, since a loop is possible in a hostile file).</summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, W.Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocxStyle> _resolved = new(StringComparer.Ordinal);

    public DocxStyles(W.Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<W.Style>())
            if (style.StyleId?.Value is { } id) _byId.TryAdd(id, style);
    }

    public DocxStyle Find(string? id)
    {
        if (id is null) return DocxStyle.None;
        if (_resolved.TryGetValue(id, out var known)) return known;
        int? level = null;
        W.JustificationValues? align = null;
        bool? bold = null;
        var names = new List<string> { id };
        var current = _byId.GetValueOrDefault(id);
        for (var hops = 0; current is not null && hops < 16; hops++)
        {
            if (current.StyleName?.Val?.Value is { } name) names.Add(name);
            level ??= current.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } o && o < 9 ? o + 1 : null;
            align ??= current.StyleParagraphProperties?.Justification?.Val?.Value;
            bold ??= current.StyleRunProperties?.Bold is { } b ? b.Val is null || b.Val.Value : null;
            current = current.BasedOn?.Val?.Value is { } parent ? _byId.GetValueOrDefault(parent) : null;
        }
        foreach (var name in names)
            if (level is null && HeadingName().Match(name) is { Success: true } m) level = int.Parse(m.Groups[1].Value);
        var isTitle = names.Any(n => n.Equals("Title", StringComparison.OrdinalIgnoreCase) || n is "标题" or "文档标题");
        var isCaption = names.Any(n => n.Contains("caption", StringComparison.OrdinalIgnoreCase) || n.Contains("题注", StringComparison.Ordinal));
        var isSignature = names.Any(n => n.Contains("signature", StringComparison.OrdinalIgnoreCase) || n.Contains("署名", StringComparison.Ordinal) || n.Contains("落款", StringComparison.Ordinal));
        var style = new DocxStyle(isTitle ? null : level, isTitle, isCaption, isSignature, align, bold ?? false);
        _resolved[id] = style;
        return style;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
