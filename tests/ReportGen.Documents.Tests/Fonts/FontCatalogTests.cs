using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Fonts;

public class FontCatalogTests
{
    private static string Bundled(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", file);

    [Fact]
    public void Bundled_fonts_and_licences_are_copied_next_to_the_binaries()
    {
        foreach (var f in new[] { "gbsn00lp.ttf", "gkai00mp.ttf", "wqy-zenhei.ttc", "gbsn00lp.LICENSE.txt", "gkai00mp.LICENSE.txt", "wqy-zenhei.LICENSE.txt" })
            Assert.True(File.Exists(Bundled(f)), f);
    }

    [Fact]
    public void Roles_resolve_to_the_bundled_faces_when_nothing_is_installed_or_configured()
    {
        var catalog = new FontCatalog(new FontOptions { UseInstalledFonts = false });
        Assert.Equal("gbsn00lp.ttf", ((OpenTypeFont)catalog.GetStack(TextRole.Body).Fonts[0]).Id);
        Assert.Equal("wqy-zenhei.ttc", ((OpenTypeFont)catalog.GetStack(TextRole.Heading1).Fonts[0]).Id);
        Assert.Equal("gkai00mp.ttf", ((OpenTypeFont)catalog.GetStack(TextRole.Heading2).Fonts[0]).Id);
        Assert.Equal(3, catalog.GetStack(TextRole.Body).Fonts.Count);
    }

    [Fact]
    public void Configured_font_comes_first_in_the_chain()
    {
        var catalog = new FontCatalog(new FontOptions
        {
            UseInstalledFonts = false,
            Configured = new Dictionary<TextRole, FontSource> { [TextRole.Body] = new(Bundled("gkai00mp.ttf")) },
        });
        var body = catalog.GetStack(TextRole.Body).Fonts;
        Assert.Equal("gkai00mp.ttf", ((OpenTypeFont)body[0]).Id);
        Assert.Equal(body.Count, body.Distinct().Count());
    }

    [Fact]
    public void Missing_configured_font_is_a_chinese_diagnostic()
    {
        var ex = Assert.Throws<Diagnostics.ReportGenException>(() => new FontCatalog(new FontOptions
        {
            UseInstalledFonts = false,
            Configured = new Dictionary<TextRole, FontSource> { [TextRole.Title] = new("/nonexistent/方正小标宋简体.ttf") },
        }));
        Assert.Contains("无法读取配置的字体文件", ex.Diagnostics[0].Message);
    }

    [Fact]
    public void Installed_fonts_are_found_by_family_name_from_the_name_table()
    {
        var index = new InstalledFontIndex([Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled")]);
        Assert.True(index.TryFind("AR PL SungtiL GB", out var song));
        Assert.EndsWith("gbsn00lp.ttf", song.Path);
        Assert.True(index.TryFind("文泉驿正黑", out var hei));
        Assert.EndsWith("wqy-zenhei.ttc", hei.Path);
    }

    [Fact]
    public void Installed_cff_opentype_files_are_found_too()
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-otf-").FullName;
        try
        {
            File.Copy(CffTestFont.FilePath, Path.Combine(folder, "serif.otf"));
            File.Copy(CffTestFont.FilePath, Path.Combine(folder, "serif-collection.OTC"));
            var index = new InstalledFontIndex([folder]);
            Assert.True(index.TryFind(CffTestFont.Family, out var serif));
            Assert.EndsWith("serif-collection.OTC", serif.Path); // ordinal order: 'serif-' sorts before 'serif.'
            Assert.True(OpenTypeFont.Load(serif.Path, serif.FaceIndex).IsCff);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Ttc_faces_parse_and_cover_gbk_characters()
    {
        var zenhei = OpenTypeFont.Load(Bundled("wqy-zenhei.ttc"), 0);
        Assert.True(zenhei.IsTrueType);
        Assert.True(zenhei.TryGetAdvance('镕', out var em));
        Assert.Equal(1.0, em, 2);
        var song = OpenTypeFont.Load(Bundled("gbsn00lp.ttf"));
        Assert.True(song.TryGetAdvance('政', out em));
        Assert.Equal(1.0, em, 2);
        Assert.False(song.TryGetAdvance(0x2A6D6, out _));
    }
}

public class PdfWriterFingerprintTests
{
    [Fact]
    public void Fingerprint_is_stable_and_follows_the_fonts()
    {
        var a = new global::ReportGen.Documents.Writers.Pdf.PdfWriter(new FontOptions { UseInstalledFonts = false });
        var b = new global::ReportGen.Documents.Writers.Pdf.PdfWriter(new FontOptions { UseInstalledFonts = false });
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        var kai = Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", "gkai00mp.ttf");
        var c = new global::ReportGen.Documents.Writers.Pdf.PdfWriter(new FontOptions
        {
            UseInstalledFonts = false,
            Configured = new Dictionary<TextRole, FontSource> { [TextRole.Body] = new(kai) },
        });
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.StartsWith("pdf-engine-2:", a.Fingerprint);
    }
}
