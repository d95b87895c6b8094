using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Fonts;

/// <summary>Family names under which the GB/T 9704 faces are commonly installed, per role, best first.</summary>
internal static class StandardFontNames
{
    private static readonly string[] FangSong = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong"];
    private static readonly string[] Song = ["宋体", "SimSun", "NSimSun", "新宋体", "华文宋体", "STSong"];

    public static IReadOnlyList<string> For(TextRole role) => role switch
    {
        TextRole.Title => ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "小标宋"],
        TextRole.Heading1 => ["黑体", "SimHei", "华文黑体", "STHeiti"],
        TextRole.Heading2 => ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti"],
        TextRole.PageNumber => Song,
        TextRole.Table => FangSong,
        _ => FangSong,
    };
}
