using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Charts;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

internal sealed partial class FlowLayouter
{
    private const int FigureLines = 8;

    private double FigureHeight => (FigureLines + 1) * _g.LinePitch;

    /// <summary>
    /// A figure is a box of eight grid lines with its caption underneath: a chart drawn in vectors,
    /// a picture (JPEG or a plain 8-bit PNG), or else the framed placeholder.
    /// </summary>
    private void PlaceFigure(Figure figure)
    {
        if (_y + FigureHeight > _g.Bottom + Epsilon && _pageHasContent) NewPage();
        var node = AddNode("Figure", alt: figure.AltText);
        var boxHeight = FigureLines * _g.LinePitch - _g.LinePitch / 2;
        var x = _g.Left + _g.BlockWidth * 0.1;
        var w = _g.BlockWidth * 0.8;
        var y = _y + _g.LinePitch / 4;
        if (figure.Content is ChartFigure chart)
        {
            // Charts take the full block width, like the Word chart and the SVG.
            ChartFrameDrawer.Draw(_page.Items, ChartLayout.Lay(chart, figure.Caption), _g.Left, y, _g.BlockWidth, boxHeight,
                _fonts.GetStack(TextRole.Table), node.Id, figure.Span);
        }
        else if (figure.Content is ImageFigure image && TryImageSize(image, out var info))
        {
            var scale = Math.Min(w / Math.Max(image.WidthPt, 1), boxHeight / Math.Max(image.HeightPt, 1));
            var iw = image.WidthPt * scale;
            var ih = image.HeightPt * scale;
            _page.Items.Add(new ImageItem(image.Data, image.MediaType, info.Width, info.Height, info.Components,
                x + (w - iw) / 2, y + (boxHeight - ih) / 2, iw, ih) { StructId = node.Id });
        }
        else
        {
            // The placeholder frame shows the alt text (as the DOCX writer does), so a reader of the
            // printed page knows what belongs there.
            _page.Items.Add(new PathItem(RectPath(x, y, w, boxHeight), 0.75, Stroke: 0x000000) { StructId = node.Id });
            var label = string.IsNullOrWhiteSpace(figure.AltText) ? figure.Caption : figure.AltText;
            var style = new TextStyle(TextRole.Table, 12);
            var text = TextShaper.Shape([new StyledSpan(label)], style, _fonts.GetStack(TextRole.Table), figure.Span);
            var lines = LineBreaker.Layout(text, w - 24, 0, TextAlign.Center);
            var lineHeight = 12 * 1.5;
            var top = y + (boxHeight - lines.Count * lineHeight) / 2;
            for (var i = 0; i < lines.Count; i++)
                LineEmitter.Emit(_page.Items, text, lines[i], x + 12, top + i * lineHeight + (lineHeight - 12) / 2 + _g.AscentEm * 12, node.Id);
        }
        _y += FigureLines * _g.LinePitch;
        _pageHasContent = true;
        // The caption belongs to its figure (PDF/UA: Caption as the figure's last child).
        var captionNode = AddNode("Caption", node);
        var caption = Lay(figure, [new StyledSpan(figure.NumberedCaption)], new TextStyle(TextRole.Body, 14), TextAlign.Center, 0, _g.LinePitch);
        Emit(caption, 0, caption.Lines.Count, captionNode.Id);
    }

    /// <summary>Pixel size and colour components of an image the writer can embed without decoding.</summary>
    private static bool TryImageSize(ImageFigure image, out (int Width, int Height, int Components) info)
    {
        info = default;
        if (image.MediaType == "image/jpeg" && JpegInfo.TryRead(image.Data.AsSpan(), out var jpeg))
            info = (jpeg.Width, jpeg.Height, jpeg.Components);
        else if (image.MediaType == "image/png" && PngInfo.TryRead(image.Data.AsSpan(), out var png))
            info = (png.Width, png.Height, png.Components);
        return info.Width > 0;
    }

    private static ImmutableArray<PathSegment> RectPath(double x, double y, double w, double h) =>
    [
        new(PathVerb.MoveTo, x, y),
        new(PathVerb.LineTo, x + w, y),
        new(PathVerb.LineTo, x + w, y + h),
        new(PathVerb.LineTo, x, y + h),
        new(PathVerb.Close),
    ];
}
