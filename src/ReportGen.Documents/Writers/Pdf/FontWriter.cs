namespace ReportGen.Documents.Writers.Pdf;

/// <summary>A subset TrueType font as Type0 / CIDFontType2 with Identity-H, widths and ToUnicode.</summary>
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
        var o = w.Begin(cid).A("<</Type /Font /Subtype /CIDFontType2 /BaseFont /").A(f.BaseFont)
         .A(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Ref(descriptor)
         .A(" /CIDToGIDMap /Identity /W [0 [");
        foreach (var width in f.Widths) o.I(width).B((byte)' ');
        o.A("]]>>");
        w.End();
        // Ascent/Descent describe the ideographic em box (0.88/-0.12 em), the box layout aligns to the
        // GB/T 9704 grid; extractors derive text boxes from these values.
        w.Begin(descriptor).A("<</Type /FontDescriptor /FontName /").A(f.BaseFont).A(" /Flags 4 /FontBBox [")
         .I(f.BBox[0]).B((byte)' ').I(f.BBox[1]).B((byte)' ').I(f.BBox[2]).B((byte)' ').I(f.BBox[3])
         .A("] /ItalicAngle ").N(f.ItalicAngle).A(" /Ascent 880 /Descent -120 /CapHeight ").I(f.CapHeight)
         .A(" /StemV ").I(f.StemV).A(" /FontFile2 ").Ref(file).A(">>");
        w.End();
        w.Stream(file, $"/Length1 {f.FontFileLength} /Filter /FlateDecode", f.FontFile);
        w.Stream(toUnicode, "/Filter /FlateDecode", f.ToUnicode);
    }
}
