namespace ReportGen.Documents.Layout.Pages;

/// <summary>A clickable area pointing at a URI.</summary>
public sealed record LinkItem(double X, double Y, double Width, double Height, string Uri) : FrameItem;
