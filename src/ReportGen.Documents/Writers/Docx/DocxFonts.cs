namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The GB/T 9704 faces. Names are the ones Chinese Word installs expect; the font table gives each an
/// altName (the face Windows ships under an English name) so a machine without the _GB2312 or 方正
/// fonts still substitutes the right family instead of a default sans.
/// </summary>
internal static class DocxFonts
{
    public const string FangSong = "仿宋_GB2312";
    public const string KaiTi = "楷体_GB2312";
    public const string HeiTi = "黑体";
    public const string SongTi = "宋体";
    public const string XiaoBiaoSong = "方正小标宋简体";

    /// <summary>
    /// All four slots carry the same face: the standard sets digits and Latin in the surrounding face
    /// (Times New Roman for digits is practice, not the standard).
    /// </summary>
    public static string RunFonts(string face) =>
        $"<w:rFonts w:ascii=\"{face}\" w:hAnsi=\"{face}\" w:eastAsia=\"{face}\" w:cs=\"{face}\"/>";

    public static readonly byte[] FontTableXml = System.Text.Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""" +
        """<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>""" +
        """<w:font w:name="楷体_GB2312"><w:altName w:val="KaiTi"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>""" +
        """<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>""" +
        """<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>""" +
        """<w:font w:name="方正小标宋简体"><w:altName w:val="SimSun"/><w:panose1 w:val="02000000000000000000"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>""" +
        """</w:fonts>""");
}
