namespace ReportGen.Documents.Layout.Pages;

/// <summary>Everything a backend needs: pages, the structure tree and the outline.</summary>
public sealed record LayoutResult(IReadOnlyList<PageFrame> Pages, StructNode Structure, int StructCount, IReadOnlyList<OutlineEntry> Outline);
