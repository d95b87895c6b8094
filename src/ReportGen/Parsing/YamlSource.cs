using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Parsing;

/// <summary>
/// Reads YAML (a data file or a format definition) into <see cref="YamlNode"/>s with positions, refusing
/// what a report never needs and an attacker would use: anchors and aliases (expansion bombs), deep
/// nesting, huge files. Bytes come from the Files layer or, for text being edited, from memory.
/// </summary>
public static class YamlSource
{
    public const long MaxBytes = FileLimits.Data;
    public const int MaxDepth = 24;
    /// <summary>The largest real report has about 2,000 nodes; 25 times that is still a report, more is an attack.</summary>
    public const int MaxNodes = 50_000;
    /// <summary>Templates loop at most 10,000 times (EscapingTemplateContext.LoopLimit): a longer list could load but never render.</summary>
    public const int MaxListItems = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlNode? Parse(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var start = new SourceSpan(file, 1, 1);
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(Catalog.Files.TooLarge.At(start, "", bytes.Length, MaxBytes));
            return null;
        }

        string text;
        try
        {
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            diagnostics.Add(Catalog.Files.InvalidUtf8.At(SpanOfByte(file, bytes, at), "", at));
            return null;
        }

        return Parse(file, text, diagnostics);
    }

    public static YamlNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        SourceSpan? lastSeen = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            var builder = new TreeBuilder(file, parser, span => lastSeen = span);
            var root = builder.ReadStream(diagnostics);
            if (root is null && !diagnostics.HasErrors)
                diagnostics.Add(Catalog.Files.EmptyDocument.At(new SourceSpan(file, 1, 1), ""));
            return root;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some control characters; found by fuzzing.
            var at = lastSeen ?? new SourceSpan(file, 1, 1);
            diagnostics.Add(Catalog.Files.Syntax.At(at, "", Catalog.Files.UnparsableAfter.Text()));
            return null;
        }
        catch (YamlException e)
        {
            var detail = (e.InnerException?.Message ?? e.Message);
            // YamlDotNet prefixes "(Line: l, Col: c, Idx: i) - (…): "; the position is printed separately.
            var cut = detail.LastIndexOf("): ", StringComparison.Ordinal);
            if (detail.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) detail = detail[(cut + 3)..];
            diagnostics.Add(Catalog.Files.Syntax.At(new SourceSpan(file, (int)e.Start.Line, (int)e.Start.Column), "", Translate(detail)));
            return null;
        }
    }

    /// <summary>
    /// YamlDotNet's (English) message as a Chinese phrase of the catalogue. The library's text itself never reaches
    /// users: our own refusals (already Chinese) pass, every other message maps to the phrase for its kind, or to a general one.
    /// </summary>
    public static string Translate(string detail) => detail switch
    {
        _ when detail.Any(c => c is >= '\u4E00' and <= '\u9FFF') => detail,
        _ when detail.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => Catalog.Files.DuplicateKeyDetail.Text(),
        _ when detail.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => Catalog.Files.ColonInText.Text(),
        _ when detail.Contains("surrogate", StringComparison.OrdinalIgnoreCase) => Catalog.Files.BadSurrogate.Text(),
        _ when detail.Contains("escape", StringComparison.OrdinalIgnoreCase) => Catalog.Files.BadEscape.Text(),
        _ when detail.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => Catalog.Files.QuotedLineBreak.Text(),
        _ when detail.Contains("tab", StringComparison.OrdinalIgnoreCase) => Catalog.Files.TabIndent.Text(),
        _ when detail.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) || detail.Contains("indentation", StringComparison.OrdinalIgnoreCase)
            => Catalog.Files.IncompleteStructure.Text(),
        _ when detail.Contains("document", StringComparison.OrdinalIgnoreCase) => Catalog.Files.AfterDocumentEnd.Text(),
        _ when detail.Contains("end of stream", StringComparison.OrdinalIgnoreCase) => Catalog.Files.UnexpectedEnd.Text(),
        _ => Catalog.Files.GeneralSyntax.Text(),
    };

    private static SourceSpan SpanOfByte(string file, byte[] bytes, int index)
    {
        int line = 1, col = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n') { line++; col = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return new SourceSpan(file, line, col);
    }

    private sealed class TreeBuilder(string file, IParser parser, Action<SourceSpan> seen)
    {
        private int _nodes;

        /// <summary>Past a flow collection's closing bracket (the end event marks where the bracket starts).</summary>
        private static int CollectionEnd(ParsingEvent end, bool flow) => flow ? (int)end.Start.Index + 1 : (int)end.End.Index;

        private SourceSpan Span(ParsingEvent e) => new(file, (int)e.Start.Line, (int)e.Start.Column);

        public YamlNode? ReadStream(DiagnosticBag diagnostics)
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            YamlNode? root = null;
            if (!parser.Accept<DocumentEnd>(out _))
                root = ReadNode(0, diagnostics);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out var extra))
            {
                diagnostics.Add(Catalog.Files.Syntax.At(Span(parser.Current!), "", Catalog.Files.OneDocumentOnly.Text()));
                return null;
            }
            return root;
        }

        private YamlNode? ReadNode(int depth, DiagnosticBag diagnostics)
        {
            if (++_nodes > MaxNodes) throw new YamlException(parser.Current!.Start, parser.Current.End, Catalog.Files.TooManyNodes.Text(MaxNodes));
            var current = parser.Current!;
            seen(Span(current));
            if (depth > MaxDepth)
                throw new YamlException(current.Start, current.End, Catalog.Files.TooDeep.Text(MaxDepth));
            if (current is AnchorAlias || (current is NodeEvent { Anchor.IsEmpty: false }))
                throw new YamlException(current.Start, current.End, Catalog.Files.AliasRefused.Text());

            switch (current)
            {
                case Scalar s:
                    parser.MoveNext();
                    return new YamlScalar(s.Value, s.Style, Span(s)) { Start = (int)s.Start.Index, End = (int)s.End.Index };
                case SequenceStart ss:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    SequenceEnd? end;
                    while (!parser.TryConsume(out end))
                    {
                        if (items.Count == MaxListItems)
                            throw new YamlException(ss.Start, ss.End, Catalog.Files.ListTooLong.Text(MaxListItems));
                        items.Add(ReadNode(depth + 1, diagnostics)!);
                    }
                    return new YamlSequence(items, Span(ss)) { Start = (int)ss.Start.Index, End = CollectionEnd(end!, ss.Style == SequenceStyle.Flow), IsFlow = ss.Style == SequenceStyle.Flow };
                }
                case MappingStart ms:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                    MappingEnd? end;
                    while (!parser.TryConsume(out end))
                    {
                        var keyEvent = parser.Current!;
                        var key = ReadNode(depth + 1, diagnostics);
                        if (key is not YamlScalar keyScalar)
                            throw new YamlException(keyEvent.Start, keyEvent.End, Catalog.Files.KeyNotText.Text());
                        var value = ReadNode(depth + 1, diagnostics)!;
                        if (seen.TryGetValue(keyScalar.Value, out var first))
                        {
                            diagnostics.Add(Catalog.Files.DuplicateKey.At(keyScalar.Span, keyScalar.Value, keyScalar.Value, first.Line));
                            continue;
                        }
                        seen[keyScalar.Value] = keyScalar.Span;
                        entries.Add(new(keyScalar, value));
                    }
                    return new YamlMapping(entries, Span(ms)) { Start = (int)ms.Start.Index, End = CollectionEnd(end!, ms.Style == MappingStyle.Flow), IsFlow = ms.Style == MappingStyle.Flow };
                }
                default:
                    throw new YamlException(current.Start, current.End, Catalog.Files.UnknownStructure.Text());
            }
        }
    }
}
