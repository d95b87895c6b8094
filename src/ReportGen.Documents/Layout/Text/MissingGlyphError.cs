using System.Globalization;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Documents.Layout.Text;

/// <summary>The diagnostic for a character that no font of the chain can draw: never .notdef, never blank.</summary>
internal static class MissingGlyphError
{

    public static ReportGenException Create(int codePoint, SourceSpan? span, TextRole role, FontStack stack)
    {
        var ch = char.ConvertFromUtf32(codePoint);
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var tried = stack.Fonts.Count == 0 ? Catalog.Writing.NoFonts.Text() : Catalog.Phrases.List(stack.Fonts.Select(f => f.Name));
        return new ReportGenException(Catalog.Writing.MissingGlyph.At(span, RoleName(role), ch, code, tried));
    }

    private static string RoleName(TextRole role) => role switch
    {
        TextRole.Title => Catalog.Writing.TitleFont.Text(),
        TextRole.Heading1 => Catalog.Writing.Heading1Font.Text(),
        TextRole.Heading2 => Catalog.Writing.Heading2Font.Text(),
        TextRole.Table => Catalog.Writing.TableFont.Text(),
        TextRole.PageNumber => Catalog.Writing.PageNumberFont.Text(),
        _ => Catalog.Writing.BodyFont.Text(),
    };
}
