namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// A subset font as Type0 with Identity-H, widths and ToUnicode: CIDFontType2 for TrueType,
/// CIDFontType0 (bare CFF or OpenType program) for CFF outlines.
/// </summary>
internal static class FontWriter
{
    public static void Write(PdfObjectWriter w, int type0, EmbeddedFont f)
    {
        var cid = w.Allocate();
        var descriptor = w.Allocate();
        var file = w.Allocate();
        var toUnicode = w.Allocate();
        w.Begin(type0).A("<</Type /Font /Subtype /Type0 /BaseFont /").A(f.BaseFont).A(" /Encoding /Identity-H /DescendantFonts [")
         .Ref(cid).A("] /ToUnicode ").Ref(toUnicode).A(">>");
        w.End();
        var trueType = f.Kind == EmbeddedFontKind.TrueType;
        var o = w.Begin(cid).A("<</Type /Font /Subtype /").A(trueType ? "CIDFontType2" : "CIDFontType0").A(" /BaseFont /").A(f.BaseFont)
         .A(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Ref(descriptor);
        if (trueType) o.A(" /CIDToGIDMap /Identity");
        // Widths as runs of consecutive CIDs: "first [w1 w2 …]".
        o.A(" /W [");
        var sorted = f.Widths.Keys.Order().ToArray();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[j - 1] + 1) j++;
            o.I(sorted[i]).A(" [");
            for (var k = i; k < j; k++) o.I(f.Widths[sorted[k]]).B((byte)' ');
            o.A("] ");
            i = j;
        }
        o.A("]>>");
        w.End();
        // Ascent/Descent describe the ideographic em box (0.88/-0.12 em), the box layout aligns to the
        // GB/T 9704 grid; extractors derive text boxes from these values.
        w.Begin(descriptor).A("<</Type /FontDescriptor /FontName /").A(f.BaseFont).A(" /Flags 4 /FontBBox [")
         .I(f.BBox[0]).B((byte)' ').I(f.BBox[1]).B((byte)' ').I(f.BBox[2]).B((byte)' ').I(f.BBox[3])
         .A("] /ItalicAngle ").N(f.ItalicAngle).A(" /Ascent 880 /Descent -120 /CapHeight ").I(f.CapHeight)
         .A(" /StemV ").I(f.StemV).A(trueType ? " /FontFile2 " : " /FontFile3 ").Ref(file).A(">>");
        w.End();
        var fileDict = f.Kind switch
        {
            EmbeddedFontKind.TrueType => $"/Length1 {f.FontFileLength} /Filter /FlateDecode",
            EmbeddedFontKind.CidKeyedCff => "/Subtype /CIDFontType0C /Filter /FlateDecode",
            _ => "/Subtype /OpenType /Filter /FlateDecode",
        };
        w.Stream(file, fileDict, f.FontFile);
        w.Stream(toUnicode, "/Filter /FlateDecode", f.ToUnicode);
    }
}
