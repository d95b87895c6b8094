using System.Runtime.InteropServices;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// The horizontal ink extents of a face's full-width punctuation, read once when the face loads
/// (about forty glyphs) through HarfBuzz, which reads TrueType and CFF outlines alike.
/// </summary>
internal static unsafe partial class PunctuationInk
{
    private const string Lib = "libHarfBuzzSharp";

    [StructLayout(LayoutKind.Sequential)]
    private struct GlyphExtents
    {
        public int XBearing, YBearing, Width, Height;
    }

    [LibraryImport(Lib)] private static partial IntPtr hb_blob_create(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Lib)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Lib)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_font_create(IntPtr face);
    [LibraryImport(Lib)] private static partial void hb_font_destroy(IntPtr font);
    [LibraryImport(Lib)] private static partial int hb_font_get_glyph_extents(IntPtr font, uint glyph, out GlyphExtents extents);

    private const string Marks = "，。、；：！？）》」』】〕〉〗〙〛”’］｝｠（《「『【〔〈〖〘〚“‘［｛｟";

    /// <summary>Left and right ink edge in em for each mark the face has; marks without ink (or any failure) are left out.</summary>
    public static Dictionary<int, (double Left, double Right)> Read(ReadOnlySpan<byte> data, int faceIndex, int unitsPerEm, Func<int, int> glyphOf)
    {
        var result = new Dictionary<int, (double, double)>();
        fixed (byte* p = data)
        {
            var blob = hb_blob_create(p, (uint)data.Length, 1 /* read-only */, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, (uint)faceIndex);
            var font = hb_font_create(face);
            try
            {
                foreach (var mark in Marks)
                {
                    var glyph = glyphOf(mark);
                    if (glyph == 0 || hb_font_get_glyph_extents(font, (uint)glyph, out var e) == 0 || e.Width <= 0) continue;
                    result[mark] = (e.XBearing / (double)unitsPerEm, (e.XBearing + e.Width) / (double)unitsPerEm);
                }
            }
            finally
            {
                hb_font_destroy(font);
                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
        return result;
    }
}
