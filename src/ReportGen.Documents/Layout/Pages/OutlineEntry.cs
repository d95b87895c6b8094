namespace ReportGen.Documents.Layout.Pages;

/// <summary>A bookmark: heading text, level (1 = top), and where the heading starts.</summary>
public sealed record OutlineEntry(string Title, int Level, int PageIndex, double Y);
