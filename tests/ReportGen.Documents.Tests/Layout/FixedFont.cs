using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Layout;

/// <summary>A fake font: every CJK character is 1 em, ASCII is 0.5 em; optional holes in coverage.</summary>
public sealed class FixedFont(string name = "Fixed", Func<int, bool>? has = null) : ILayoutFont
{
    public string Name { get; } = name;

    public bool TryGetAdvance(int codePoint, out double advanceEm)
    {
        if (has is not null && !has(codePoint))
        {
            advanceEm = 0;
            return false;
        }
        advanceEm = codePoint < 0x2000 ? 0.5 : 1.0;
        return true;
    }
}
