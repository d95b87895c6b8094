namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// GB/T 9704-2012 page geometry in the units WordprocessingML uses (twips = 1/20 pt,
/// half-points for type sizes, eighths of a point for borders, EMU for drawings).
/// </summary>
internal static class DocxUnits
{
    public const int TwipsPerPoint = 20;
    public const long EmuPerPoint = 12700;

    public const int PageWidth = 11906;   // A4 210 mm
    public const int PageHeight = 16838;  // A4 297 mm
    public const int MarginTop = 2098;    // 天头 37 mm
    public const int MarginLeft = 1588;   // 订口 28 mm
    public const int MarginRight = 1474;  // 210 − 28 − 156 = 26 mm
    public const int MarginBottom = 1984; // 297 − 37 − 225 = 35 mm

    /// <summary>Width of the 156 mm 版心; tables and figures are sized to it.</summary>
    public const int TextBlockWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>
    /// 28.95 pt: 22 lines fill the 225 mm block (the literal "16 pt + 7/8 × 16 pt" would overflow it).
    /// </summary>
    public const int LinePitch = 579;

    /// <summary>
    /// Character grid adjustment in 1/4096 pt against the 16 pt default: 16 − 849/4096 ≈ 15.79 pt,
    /// i.e. 28 characters across 156 mm.
    /// </summary>
    public const int CharSpace = -849;

    /// <summary>
    /// −0.25 pt tracking on 16 pt body text: a 15.75 pt character pitch puts exactly 28 characters in
    /// the 156 mm (442.2 pt) block, in Word and LibreOffice alike (−0.2 pt would overflow by 0.2 pt).
    /// </summary>
    public const int BodyTrackingTwips = -5;

    /// <summary>One grid character (≈15.79 pt) rounded to twips; used for 左空二字 style indents.</summary>
    public const int CharWidth = 316;

    public const int BodyHalfPoints = 32;       // 三号 16 pt
    public const int TitleHalfPoints = 44;      // 二号 22 pt
    public const int PageNumberHalfPoints = 28; // 四号 14 pt
    public const int NoteHalfPoints = 24;       // 小四 12 pt

    /// <summary>0.5 pt rules, in eighths of a point.</summary>
    public const int TableBorderEighths = 4;
}
