namespace ReportGen.Documents.Layout.Pages;

/// <summary>One laid-out page: its size and the items in reading (and painting) order.</summary>
public sealed class PageFrame(double width, double height, int number)
{
    public double Width { get; } = width;
    public double Height { get; } = height;

    /// <summary>1-based physical page number.</summary>
    public int Number { get; } = number;

    public List<FrameItem> Items { get; } = new();
}
