using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// The open-licensed fonts shipped in Fonts/Bundled (licences beside them). No simplified 仿宋 is
/// available under an open licence in our registries, so the body role uses AR PL SungtiL GB (宋).
/// </summary>
internal static class BundledFonts
{
    public static readonly FontSource Song = new("gbsn00lp.ttf");
    public static readonly FontSource Kai = new("gkai00mp.ttf");
    public static readonly FontSource Hei = new("wqy-zenhei.ttc");

    /// <summary>The role's own bundled face first, then the others as coverage fallback (Zen Hei covers GBK).</summary>
    public static IReadOnlyList<FontSource> For(TextRole role) => role switch
    {
        TextRole.Heading1 => [Hei, Song, Kai],
        TextRole.Heading2 => [Kai, Song, Hei],
        _ => [Song, Kai, Hei],
    };

    public static string DefaultDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled");
}
