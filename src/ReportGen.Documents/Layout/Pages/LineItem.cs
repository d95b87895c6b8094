namespace ReportGen.Documents.Layout.Pages;

/// <summary>A straight stroked rule (table borders).</summary>
public sealed record LineItem(double X1, double Y1, double X2, double Y2, double Width) : FrameItem;
