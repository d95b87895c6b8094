using System.Collections.Immutable;

namespace ReportGen.Documents.Layout.Charts;

internal enum ChartPathOp
{
    MoveTo,
    LineTo,
    /// <summary>Cubic Bézier: (X1, Y1) and (X2, Y2) are the control points, (X, Y) the end.</summary>
    CurveTo,
    Close,
}

internal readonly record struct ChartPathSegment(ChartPathOp Op, double X, double Y, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0);

/// <summary>
/// An outline in chart coordinates (points, y down). Arcs are stored as cubic Béziers because PDF
/// has no arc operator; SVG draws the same curves, so both outputs agree to the point.
/// </summary>
internal sealed class ChartPath
{
    private readonly ImmutableArray<ChartPathSegment>.Builder _segments = ImmutableArray.CreateBuilder<ChartPathSegment>();

    public ImmutableArray<ChartPathSegment> Segments => _segments.ToImmutable();

    public ChartPath MoveTo(double x, double y) { _segments.Add(new(ChartPathOp.MoveTo, x, y)); return this; }

    public ChartPath LineTo(double x, double y) { _segments.Add(new(ChartPathOp.LineTo, x, y)); return this; }

    public ChartPath Close() { _segments.Add(new(ChartPathOp.Close, 0, 0)); return this; }

    public static ChartPath Rectangle(double x, double y, double width, double height) =>
        new ChartPath().MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close();

    public static ChartPath Circle(double cx, double cy, double r) =>
        new ChartPath().MoveTo(cx, cy - r).ArcTo(cx, cy, r, 0, 2 * Math.PI).Close();

    /// <summary>
    /// Point on a circle at <paramref name="angle"/> radians clockwise from 12 o'clock — the way pie
    /// charts are read (and the way Word starts them).
    /// </summary>
    public static (double X, double Y) OnCircle(double cx, double cy, double r, double angle) =>
        (cx + r * Math.Sin(angle), cy - r * Math.Cos(angle));

    /// <summary>
    /// Arc from the current point (which must be at <paramref name="from"/>) to <paramref name="to"/>,
    /// in either direction, split into quarter turns at most so the Bézier error stays invisible.
    /// </summary>
    public ChartPath ArcTo(double cx, double cy, double r, double from, double to)
    {
        var pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(to - from) / (Math.PI / 2) - 1e-9));
        var delta = (to - from) / pieces;
        var k = 4.0 / 3.0 * Math.Tan(delta / 4) * r;
        for (var i = 0; i < pieces; i++)
        {
            double a0 = from + i * delta, a1 = a0 + delta;
            var (x0, y0) = OnCircle(cx, cy, r, a0);
            var (x3, y3) = OnCircle(cx, cy, r, a1);
            // The tangent of (sin a, −cos a) is (cos a, sin a); k carries the direction's sign.
            _segments.Add(new(ChartPathOp.CurveTo, x3, y3,
                x0 + k * Math.Cos(a0), y0 + k * Math.Sin(a0),
                x3 - k * Math.Cos(a1), y3 - k * Math.Sin(a1)));
        }
        return this;
    }
}
