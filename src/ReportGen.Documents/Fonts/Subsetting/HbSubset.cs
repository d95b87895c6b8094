using System.Runtime.InteropServices;

namespace ReportGen.Documents.Fonts.Subsetting;

/// <summary>
/// hb-subset through the native library that HarfBuzzSharp.NativeAssets ships; HarfBuzzSharp's
/// managed API does not expose subsetting, the exported C functions do.
/// </summary>
internal static unsafe partial class HbSubset
{
    private const string Lib = "libHarfBuzzSharp";
    private const uint NoHinting = 1;

    [LibraryImport(Lib)] private static partial IntPtr hb_blob_create(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Lib)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Lib)] private static partial byte* hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Lib)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Lib)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_set_add(IntPtr set, uint codePoint);

    /// <summary>A standalone TrueType font holding only the given code points (glyph ids renumbered).</summary>
    public static byte[] Subset(byte[] font, int faceIndex, ReadOnlySpan<int> codePoints)
    {
        fixed (byte* p = font)
        {
            var blob = hb_blob_create(p, (uint)font.Length, 1 /* read-only */, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, (uint)faceIndex);
            var input = hb_subset_input_create_or_fail();
            try
            {
                if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var cp in codePoints) hb_set_add(unicodes, (uint)cp);
                hb_subset_input_set_flags(input, NoHinting);
                var subset = hb_subset_or_fail(face, input);
                if (subset == IntPtr.Zero) throw new InvalidOperationException("hb_subset_or_fail failed");
                var outBlob = hb_face_reference_blob(subset);
                var data = hb_blob_get_data(outBlob, out var length);
                var result = new ReadOnlySpan<byte>(data, (int)length).ToArray();
                hb_blob_destroy(outBlob);
                hb_face_destroy(subset);
                return result;
            }
            finally
            {
                if (input != IntPtr.Zero) hb_subset_input_destroy(input);
                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }
}
