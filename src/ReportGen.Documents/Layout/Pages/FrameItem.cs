namespace ReportGen.Documents.Layout.Pages;

/// <summary>
/// Something at a fixed position on a page. Coordinates are points from the top-left corner of the
/// page, y downwards; backends convert. <see cref="StructId"/> links content to its structure node
/// (−1 = artifact, e.g. page numbers and table rules).
/// </summary>
public abstract record FrameItem
{
    public int StructId { get; init; } = -1;
}
