using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;
using ReportGen.Parsing;

namespace ReportGen.Building;

/// <summary>
/// Characters no font of their role can draw, found in the data with their YAML position, so <c>check</c> finds
/// what <c>build</c> would refuse (E0903) instead of layout refusing it later without a line. A title's text is
/// judged against the title fonts, a heading's against both heading levels, everything else against body and table.
/// </summary>
public sealed class GlyphCheck(IFontProvider fonts)
{
    private static readonly TextRole[] TitleRoles = [TextRole.Title];
    private static readonly TextRole[] HeadingRoles = [TextRole.Heading1, TextRole.Heading2];
    private static readonly TextRole[] TextRoles = [TextRole.Body, TextRole.Table];

    // A batch asks the font stacks about the same few thousand characters in every report; the stacks never
    // change for this provider, so a character once found drawable in all roles of a group is not asked again.
    private readonly DrawableSet _title = new(), _heading = new(), _text = new();

    /// <summary>One diagnostic per scalar at most (the first character missing), so a paragraph of emoji is one error, not thousands.</summary>
    public IReadOnlyList<Diagnostic> Check(YamlNode tree)
    {
        var found = new List<Diagnostic>();
        Walk(tree, TextRoles, found);
        return found;
    }

    private void Walk(YamlNode node, TextRole[] roles, List<Diagnostic> found)
    {
        switch (node)
        {
            case YamlScalar s:
                if (Missing(s.Value, roles) is { } miss) found.Add(MissingGlyphError.Of(miss.CodePoint, s.Span, miss.Role, fonts.GetStack(miss.Role)));
                break;
            case YamlSequence seq:
                foreach (var item in seq.Items) Walk(item, roles, found);
                break;
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    // Comments-like keys never print; acknowledgements and history are not text of the report either, but cost nothing to judge.
                    var childRoles = key.Value switch { "title" => TitleRoles, "heading" => HeadingRoles, _ => roles };
                    Walk(value, childRoles, found);
                }
                break;
        }
    }

    private (int CodePoint, TextRole Role)? Missing(string text, TextRole[] roles)
    {
        var known = ReferenceEquals(roles, TitleRoles) ? _title : ReferenceEquals(roles, HeadingRoles) ? _heading : _text;
        foreach (var rune in text.EnumerateRunes())
        {
            if (known.Contains(rune.Value)) continue;
            // Exactly what the shaper folds and drops before it looks for a glyph: line breaks and spaces are never
            // drawn, controls and format characters are dropped, radicals become ideographs.
            var cp = TextShaper.Fold(rune.Value);
            if (cp is '\n' or ' ' || TextShaper.IsDropped(cp)) continue;
            foreach (var role in roles)
                if (!fonts.GetStack(role).TryResolve(cp, out _, out _)) return (cp, role);
            known.Add(rune.Value);
        }
        return null;
    }

    /// <summary>
    /// Basic-plane characters as bits, shared by the batch's threads. Bits are only ever set, and only for characters
    /// already proved drawable, so a write lost to a race costs a repeated lookup, never a wrong answer.
    /// </summary>
    private sealed class DrawableSet
    {
        private readonly long[] _bits = new long[(char.MaxValue + 1) / 64];

        public bool Contains(int cp) => cp <= char.MaxValue && (Volatile.Read(ref _bits[cp >> 6]) & (1L << cp)) != 0;

        public void Add(int cp)
        {
            if (cp <= char.MaxValue) Interlocked.Or(ref _bits[cp >> 6], 1L << cp);
        }
    }
}
