using ReportGen.Documents.Diagnostics;
using ReportGen.Parsing;
using YamlDotNet.Core;

namespace ReportGen.Authoring.Editing;

/// <summary>
/// A data file's text parsed with positions, and the measurements surgical edits need: where a line
/// starts and ends, where an entry's colon or an item's dash is, where a value's own text ends
/// (block collections and block scalars end before the comments and blank lines that follow them).
/// </summary>
internal sealed class YamlDocumentText
{
    public const char Bom = '\uFEFF';

    private readonly List<int> _lineStarts = [0];

    private YamlDocumentText(string text, bool hasBom, YamlNode? root)
    {
        Text = text;
        HasBom = hasBom;
        Root = root;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The text without its byte order mark; node offsets count in it.</summary>
    public string Text { get; }
    public bool HasBom { get; }
    public YamlNode? Root { get; }
    /// <summary>The file's own line break, used for every line an edit adds.</summary>
    public string NewLine { get; }

    /// <exception cref="YamlEditException">The text does not parse (the parser's first error, in the catalogue's words).</exception>
    public static YamlDocumentText Parse(string yamlText)
    {
        var hasBom = yamlText.Length > 0 && yamlText[0] == Bom;
        var text = hasBom ? yamlText[1..] : yamlText;
        var diagnostics = new DiagnosticBag();
        var root = YamlSource.Parse("", text, diagnostics);
        var error = diagnostics.Items.FirstOrDefault(d => d.IsError && d.Message != Catalog.Files.EmptyDocument.Text());
        if (error is not null)
            throw new YamlEditException(Catalog.Authoring.EditUnreadable.Text(error.Span?.Line ?? 1, error.Span?.Column ?? 1, error.Message));
        return new YamlDocumentText(text, hasBom, root);
    }

    public int LineOf(int offset)
    {
        var i = _lineStarts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Offset of the line's break (<c>\r</c> of a CRLF), or the text's end on the last line.</summary>
    public int LineEnd(int line)
    {
        if (line + 1 >= _lineStarts.Count) return Text.Length;
        var lineFeed = _lineStarts[line + 1] - 1;
        return lineFeed > _lineStarts[line] && Text[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
    }

    public int LineCount => _lineStarts.Count;

    public int Column(int offset) => offset - LineStart(LineOf(offset));

    /// <summary>Whether only spaces precede <paramref name="offset"/> on its line.</summary>
    public bool StartsLine(int offset)
    {
        for (var i = LineStart(LineOf(offset)); i < offset; i++)
            if (Text[i] != ' ') return false;
        return true;
    }

    /// <summary>The offset just past the <c>:</c> that follows a mapping key.</summary>
    public int AfterColon(YamlScalar key)
    {
        var i = key.End;
        while (i < Text.Length && Text[i] is ' ' or '\t') i++;
        if (i >= Text.Length || Text[i] != ':') throw new NotSurgicalException();
        return i + 1;
    }

    /// <summary>The offset of the <c>-</c> that introduces a block sequence item.</summary>
    public int DashOf(YamlNode item)
    {
        var i = item.Start - 1;
        if (IsEmpty(item) && i >= 0 && Text[i] == '-') return i;
        while (i >= 0 && Text[i] is ' ' or '\t') i--;
        if (i < 0 || Text[i] != '-') throw new NotSurgicalException();
        return i;
    }

    public static bool IsEmpty(YamlNode node) => node is YamlScalar { IsPlain: true, Value: "" };

    /// <summary>
    /// Just past the last character that belongs to the node: a scalar's last character (a block scalar's last
    /// non-blank content), a flow collection's closing bracket, a block collection's last child's end.
    /// </summary>
    public int ContentEnd(YamlNode node, int emptyAt = -1)
    {
        switch (node)
        {
            case YamlScalar s when IsEmpty(s):
                return emptyAt >= 0 ? emptyAt : s.End;
            case YamlScalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } s:
            {
                var end = Math.Min(s.End, Text.Length);
                while (end > s.Start && char.IsWhiteSpace(Text[end - 1])) end--;
                return end;
            }
            case YamlScalar s:
                return s.End;
            case YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true }:
                return node.End;
            case YamlMapping m when m.Entries.Count > 0:
            {
                var (key, value) = m.Entries[^1];
                return ContentEnd(value, IsEmpty(value) ? AfterColon(key) : -1);
            }
            case YamlSequence q when q.Items.Count > 0:
            {
                var last = q.Items[^1];
                return ContentEnd(last, IsEmpty(last) ? DashOf(last) + 1 : -1);
            }
            default:
                throw new NotSurgicalException();
        }
    }
}

/// <summary>This spot cannot be edited in place; the caller rewrites the enclosing node instead.</summary>
internal sealed class NotSurgicalException : Exception;
