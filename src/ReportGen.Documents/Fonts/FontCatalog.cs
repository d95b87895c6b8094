using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Layout.Text;
using ReportGen.Files;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// Resolves every role's chain once (configuration → installed standard names → bundled) and keeps
/// the loaded faces for the lifetime of the writer; all state is read-only after resolution, so
/// one catalog serves a parallel batch. Resolution waits for the first use: a command that writes
/// no PDF (check, help, an HTML-only build) never reads the tens of megabytes of CJK fonts.
/// </summary>
public sealed class FontCatalog : IFontProvider
{
    private readonly Lazy<Dictionary<TextRole, FontStack>> _stacks;

    public FontCatalog(FontOptions options)
    {
        _stacks = new Lazy<Dictionary<TextRole, FontStack>>(() => Resolve(options), LazyThreadSafetyMode.ExecutionAndPublication);
        // Fonts the user named must fail (unreadable, not embeddable) before any report is built, as a usage error.
        if (options.Configured.Count > 0) _ = _stacks.Value;
    }

    private static Dictionary<TextRole, FontStack> Resolve(FontOptions options)
    {
        var stacks = new Dictionary<TextRole, FontStack>();
        var loaded = new Dictionary<(string, int), OpenTypeFont>();
        InstalledFontIndex? installed = options.UseInstalledFonts
            ? new InstalledFontIndex(options.FontDirectories ?? InstalledFontIndex.StandardDirectories())
            : null;
        var bundledDir = options.BundledDirectory ?? BundledFonts.DefaultDirectory;

        foreach (var role in Enum.GetValues<TextRole>())
        {
            var chain = new List<ILayoutFont>();
            if (options.Configured.TryGetValue(role, out var configured))
            {
                var font = Load(loaded, configured, required: true);
                if (font is not null) chain.Add(font);
            }
            if (installed is not null)
            {
                foreach (var family in StandardFontNames.For(role))
                {
                    if (installed.TryFind(family, out var source) && Load(loaded, source, required: false) is { } font && !chain.Contains(font))
                    {
                        chain.Add(font);
                        break;
                    }
                }
            }
            foreach (var bundled in BundledFonts.For(role))
            {
                var font = Load(loaded, bundled with { Path = System.IO.Path.Combine(bundledDir, bundled.Path) }, required: false);
                if (font is not null && !chain.Contains(font)) chain.Add(font);
            }
            stacks[role] = new FontStack(chain);
        }
        return stacks;
    }

    public FontStack GetStack(TextRole role) => _stacks.Value[role];

    /// <summary>Which faces each role resolved to, with a hash of their bytes: changes when any font file does.</summary>
    public string Fingerprint()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var role in Enum.GetValues<TextRole>())
        {
            sb.Append(role).Append('=');
            foreach (var font in _stacks.Value[role].Fonts.OfType<OpenTypeFont>())
                sb.Append(font.Id).Append('/').Append(font.Bytes.Length).Append('/').Append(font.ContentHash).Append(';');
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private static OpenTypeFont? Load(Dictionary<(string, int), OpenTypeFont> loaded, FontSource source, bool required)
    {
        var key = (System.IO.Path.GetFullPath(source.Path), source.FaceIndex);
        if (loaded.TryGetValue(key, out var font)) return font;
        try
        {
            font = OpenTypeFont.Load(key.Item1, source.FaceIndex);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            if (required)
                throw new ReportGenException(Catalog.Writing.FontUnreadable.At(null, "fonts", source.Path,
                    source.FaceIndex > 0 ? Catalog.Writing.FontFace.Text(source.FaceIndex + 1) : "",
                    e is FileReadException unread ? FileDiagnostics.Reason(unread.Read) : Catalog.Writing.FontNotAFont.Text()));
            return null;
        }
        // TrueType (CIDFontType2) and CFF (CIDFontType0) outlines are embedded; a font whose licence forbids embedding is skipped.
        if (!(font.IsTrueType || font.IsCff) || font.EmbeddingRestricted)
        {
            if (required)
                throw new ReportGenException(Catalog.Writing.FontNotEmbeddable.At(null, "fonts", source.Path));
            return null;
        }
        loaded[key] = font;
        return font;
    }
}
