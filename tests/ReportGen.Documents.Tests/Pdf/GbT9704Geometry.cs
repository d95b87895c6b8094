namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// The GB/T 9704 page as a reader measures it from text boxes: A4, text block 156 × 225 mm from 37 mm (天头) and
/// 28 mm (订口), page numbers 7 mm below the block. Used with PdfPig's boxes and, externally, with poppler's.
/// </summary>
public static class GbT9704Geometry
{
    public const double Mm = 72 / 25.4;

    /// <summary>
    /// A text box in millimetres from the page's top-left corner. The box, not only the ink, must stay inside the
    /// block: a line-end mark set in the left half of its em (「，。）」) is pulled in by the line's gaps, never hung
    /// (pdfgeom and every extraction-based check measure the box).
    /// </summary>
    public sealed record Box(double XMin, double YMin, double XMax, double YMax)
    {
        public Box InMillimetres() => new(XMin / Mm, YMin / Mm, XMax / Mm, YMax / Mm);
    }

    public sealed record Page(double WidthMm, double HeightMm, IReadOnlyList<Box> Points)
    {
        /// <summary>The boxes in millimetres (they are given in points).</summary>
        public IReadOnlyList<Box> Boxes { get; } = Points.Select(b => b.InMillimetres()).ToList();
    }

    public static void AssertPages(IReadOnlyList<Page> pages)
    {
        Assert.True(pages.Count >= 2);
        double widest = 0;
        var index = 0;
        foreach (var page in pages)
        {
            index++;
            Assert.Equal(210, page.WidthMm, 0.5);
            Assert.Equal(297, page.HeightMm, 0.5);
            var body = page.Boxes.Where(w => w.YMin < 262).ToList();
            var footer = page.Boxes.Where(w => w.YMin >= 262).ToList();
            // Pages 1 and 2 start with text; page 3 starts with a figure box (no words at the top).
            if (index <= 2) Assert.Equal(37, body.Min(w => w.YMin), 0.5);
            Assert.True(body.Min(w => w.YMin) >= 37 - 0.5, "text above the 37 mm top margin");
            Assert.True(body.Min(w => w.XMin) >= 28 - 0.5, "text left of the 28 mm margin");
            Assert.True(body.Max(w => w.XMax) <= 184 + 0.5, "text right of the block");
            Assert.True(body.Max(w => w.YMax) <= 262 + 0.5, "text below the block");
            // Page numbers: top 7 mm below the block.
            Assert.Equal(269, footer.Min(w => w.YMin), 0.5);
            foreach (var line in body.GroupBy(w => Math.Round(w.YMin, 1)))
                widest = Math.Max(widest, line.Max(w => w.XMax) - line.Min(w => w.XMin));
        }
        Assert.Equal(156, widest, 0.5);
        // The body's left edge is exactly the 订口 on a page that starts full lines.
        Assert.Equal(28, pages[1].Boxes.Min(w => w.XMin), 0.5);
    }
}
