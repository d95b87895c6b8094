using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

internal sealed partial class FlowLayouter
{
    /// <summary>One empty line, the signers, the date.</summary>
    private double SignatureHeight(SignatureBlock s) => (1 + s.Signers.Length + (s.DateText is null ? 0 : 1)) * _g.LinePitch;

    /// <summary>
    /// GB/T 9704 §7.3.5.2 (no seal): one line below the text, the signer right-indented two
    /// characters; the date on the next line starting two characters right of the signer; a longer
    /// date is right-indented two characters and pushes the signer left.
    /// </summary>
    private void PlaceSignature(SignatureBlock signature)
    {
        if (_y + SignatureHeight(signature) > _g.Bottom + Epsilon && _pageHasContent) NewPage();
        _y += _g.LinePitch;
        var node = AddNode("P");
        var style = BodyStyle(TextRole.Body);
        var stack = _fonts.GetStack(TextRole.Body);
        var signers = signature.Signers.Select(s => TextShaper.Shape([new StyledSpan(s)], style, stack, signature.Span)).ToList();
        var date = signature.DateText is null ? null : TextShaper.Shape([new StyledSpan(signature.DateText)], style, stack, signature.Span);
        var two = 2 * _g.CharPitch;
        var signerWidth = signers.Count == 0 ? 0 : signers.Max(Width);
        var signerStart = _g.BlockWidth - two - signerWidth;
        var dateStart = signerStart + two;
        if (date is not null && dateStart + Width(date) > _g.BlockWidth - two)
        {
            dateStart = _g.BlockWidth - two - Width(date);
            signerStart = dateStart - two;
        }
        foreach (var s in signers) EmitAt(s, signerStart, node.Id);
        if (date is not null) EmitAt(date, dateStart, node.Id);
    }

    private static double Width(ShapedText text)
    {
        var w = 0.0;
        foreach (var a in text.Advances) w += a;
        return w;
    }

    private void EmitAt(ShapedText text, double x, int structId)
    {
        var lines = LineBreaker.Layout(text, _g.BlockWidth - x, 0, TextAlign.Left);
        foreach (var line in lines)
        {
            var shifted = line with { X = line.X.Select(v => v + x).ToArray() };
            LineEmitter.Emit(_page.Items, text, shifted, _g.Left, _y + _g.AscentEm * text.Size, structId);
            _y += _g.LinePitch;
        }
        _pageHasContent = true;
    }
}
