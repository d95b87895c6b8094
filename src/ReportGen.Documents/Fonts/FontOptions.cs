using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// How fonts are found: explicit files per role (the template's or agency's configuration) come
/// first, then installed fonts with the standard 公文 names, then the bundled open fonts.
/// </summary>
public sealed record FontOptions
{
    public IReadOnlyDictionary<TextRole, FontSource> Configured { get; init; } = new Dictionary<TextRole, FontSource>();

    /// <summary>Search installed fonts by family name; off in tests that must not depend on the machine.</summary>
    public bool UseInstalledFonts { get; init; } = true;

    /// <summary>Directories searched for installed fonts; null means the platform's standard ones.</summary>
    public IReadOnlyList<string>? FontDirectories { get; init; }

    /// <summary>Where the bundled fonts live; null means next to the assembly.</summary>
    public string? BundledDirectory { get; init; }

    public static FontOptions Default { get; } = new();
}
