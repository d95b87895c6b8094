namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// What layout needs from a font: coverage and advances. Kept this small so layout tests can use a
/// fixed-advance fake and never touch font files or PDF.
/// </summary>
public interface ILayoutFont
{
    /// <summary>Human-readable name (family and file) used in diagnostics.</summary>
    string Name { get; }

    /// <summary>Advance of the code point in em (1.0 = the font size); false when the font has no glyph.</summary>
    bool TryGetAdvance(int codePoint, out double advanceEm);
}
