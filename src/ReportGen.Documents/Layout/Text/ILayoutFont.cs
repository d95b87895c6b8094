namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// What layout needs from a font: coverage, advances and where punctuation ink sits. Kept this small
/// so layout tests can use a fixed-advance fake and never touch font files or PDF.
/// </summary>
public interface ILayoutFont
{
    /// <summary>Human-readable name (family and file) used in diagnostics.</summary>
    string Name { get; }

    /// <summary>Advance of the code point in em (1.0 = the font size); false when the font has no glyph.</summary>
    bool TryGetAdvance(int codePoint, out double advanceEm);

    /// <summary>
    /// The horizontal extent of a full-width punctuation mark's ink, in em from its pen position:
    /// punctuation compression removes only blank space that this font really leaves (a GB font sets
    /// 「，。」 in the left half, a Taiwanese-style font centres them). Fonts without outline data
    /// answer with the mainland GB positions.
    /// </summary>
    bool TryGetPunctuationInk(int codePoint, out double leftEm, out double rightEm)
        => PunctuationSpacing.StandardInk(codePoint, out leftEm, out rightEm);
}
