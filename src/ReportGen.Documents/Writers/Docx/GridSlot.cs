using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// One Word cell (w:tc) of a resolved table row: it starts at <see cref="Column"/> and covers
/// <see cref="ColSpan"/> grid columns (w:gridSpan).
/// </summary>
/// <param name="Cell">The model cell this slot shows; null for a position the model leaves empty.</param>
/// <param name="Merge">How the slot takes part in a vertical merge (w:vMerge).</param>
internal sealed record GridSlot(int Column, int ColSpan, TableCell? Cell, MergeRole Merge);

internal enum MergeRole
{
    None,
    /// <summary>First row of a rowspan: w:vMerge w:val="restart", carries the content.</summary>
    Restart,
    /// <summary>A row covered by a rowspan from above: w:vMerge (continue), empty paragraph.</summary>
    Continue,
}
