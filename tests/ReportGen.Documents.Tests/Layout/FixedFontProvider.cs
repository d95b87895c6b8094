using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Layout;

public sealed class FixedFontProvider(params ILayoutFont[] fonts) : IFontProvider
{
    private readonly FontStack _stack = new(fonts.Length == 0 ? [new FixedFont()] : fonts);

    public FontStack GetStack(TextRole role) => _stack;
}
