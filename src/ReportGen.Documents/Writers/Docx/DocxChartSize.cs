using static ReportGen.Documents.Writers.Docx.DocxUnits;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Chart frame sizes: the full 156 mm block wide; 80 mm tall for axis charts (room for the axis and
/// two-line category names), 75 mm for pies. The drawn writers use the same (ChartLayout).
/// </summary>
internal static class DocxChartSize
{
    private const long EmuPerMillimetre = 36000;

    public const long WidthEmu = TextBlockWidth * EmuPerPoint / TwipsPerPoint;
    public const long AxisHeightEmu = 80 * EmuPerMillimetre;
    public const long PieHeightEmu = 75 * EmuPerMillimetre;
}
