namespace ReportGen.Documents.Writers.Pdf;

/// <summary>How a subset font program is embedded, which also decides what a CID means.</summary>
internal enum EmbeddedFontKind
{
    /// <summary>CIDFontType2 + FontFile2; CID = glyph id (CIDToGIDMap /Identity).</summary>
    TrueType,

    /// <summary>CIDFontType0 + FontFile3 /CIDFontType0C (bare CID-keyed CFF); CID = the CFF charset's CID.</summary>
    CidKeyedCff,

    /// <summary>CIDFontType0 + FontFile3 /OpenType for a name-keyed CFF font; CID = glyph id.</summary>
    OpenTypeCff,
}
