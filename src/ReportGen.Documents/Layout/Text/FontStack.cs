namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// The resolution chain of one role, most preferred first. A code point takes the first font that
/// has it, so configured fonts win and bundled fonts fill the gaps.
/// </summary>
public sealed class FontStack(IReadOnlyList<ILayoutFont> fonts)
{
    public IReadOnlyList<ILayoutFont> Fonts { get; } = fonts;

    public bool TryResolve(int codePoint, out ILayoutFont font, out double advanceEm)
    {
        var fonts = Fonts;
        for (var i = 0; i < fonts.Count; i++)
        {
            if (fonts[i].TryGetAdvance(codePoint, out advanceEm))
            {
                font = fonts[i];
                return true;
            }
        }
        font = null!;
        advanceEm = 0;
        return false;
    }
}
