using System.Runtime.CompilerServices;
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
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_preprocess(IntPtr face);

    /// <summary>
    /// Faces prepared once per font file and face: hb_subset_preprocess builds the cmap and glyph
    /// closure accelerators a subset plan otherwise rebuilds on every call (the whole CJK cmap each
    /// time). A batch subsets the same few faces once per report, so this is paid once per process;
    /// but preparing costs several plain subsets, so a face is prepared only from its
    /// <see cref="PrepareAfter"/>-th subset on and a single report from a cold process never pays for it.
    /// Both paths give byte-identical subsets. A prepared font's bytes stay pinned while the process
    /// lives (the catalog keeps them anyway).
    /// </summary>
    private static readonly ConditionalWeakTable<FontBytes, PreparedFaces> Prepared = new();

    private sealed class PreparedFaces(FontBytes font)
    {
        private readonly Dictionary<int, IntPtr> _faces = new();
        private readonly Dictionary<int, int> _uses = new();

        /// <summary>The prepared face, or null while the face has had fewer than <see cref="PrepareAfter"/> subsets.</summary>
        public IntPtr? Face(int faceIndex)
        {
            lock (_faces)
            {
                if (_faces.TryGetValue(faceIndex, out var face)) return face;
                var uses = _uses[faceIndex] = _uses.GetValueOrDefault(faceIndex) + 1;
                if (uses < PrepareAfter) return null;
                // Pinned (an array) only once a face is prepared: bytes subset a few times (a single report, a test) stay movable.
                var plain = CreateFace(font.Pin(), font.Length, faceIndex);
                face = hb_subset_preprocess(plain);
                hb_face_destroy(plain);
                if (face == IntPtr.Zero) throw new InvalidOperationException("hb_subset_preprocess failed");
                return _faces[faceIndex] = face;
            }
        }
    }

    /// <summary>Subsets of a face before it is prepared (see <see cref="Prepared"/>).</summary>
    private const int PrepareAfter = 3;

    private static IntPtr CreateFace(byte* data, int length, int faceIndex)
    {
        var blob = hb_blob_create(data, (uint)length, 1 /* read-only */, IntPtr.Zero, IntPtr.Zero);
        var face = hb_face_create(blob, (uint)faceIndex);
        hb_blob_destroy(blob); // the face holds its own reference
        return face;
    }

    /// <summary>A standalone TrueType font holding only the given code points (glyph ids renumbered).</summary>
    /// <remarks>Thread-safe: a prepared face is immutable, its caches are HarfBuzz's own lock-free or locked ones.</remarks>
    public static byte[] Subset(FontBytes font, int faceIndex, ReadOnlySpan<int> codePoints)
    {
        if (Prepared.GetValue(font, f => new PreparedFaces(f)).Face(faceIndex) is { } prepared)
            return Subset(prepared, codePoints);
        fixed (byte* p = font.Span)
        {
            var face = CreateFace(p, font.Length, faceIndex);
            try { return Subset(face, codePoints); }
            finally { hb_face_destroy(face); }
        }
    }

    private static byte[] Subset(IntPtr face, ReadOnlySpan<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        try
        {
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
            hb_subset_input_destroy(input);
        }
    }
}
