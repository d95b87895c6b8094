using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// Tracks which grid columns are taken by row spans from earlier rows, so that each cell's start
/// column (and thus its column's default alignment) is known. One instance per row group: in HTML
/// a rowspan never crosses from thead into tbody.
/// </summary>
internal sealed class HtmlTableLayout
{
    // Per column: how many more rows (including the current one) are covered by a span from above.
    private readonly int[] _covered;

    public HtmlTableLayout(int columnCount) => _covered = new int[Math.Max(columnCount, 0)];

    /// <summary>Returns the start column for the next cell of the current row and reserves its area.</summary>
    public int Place(ref int cursor, TableCell cell, int rowSpan)
    {
        while (cursor < _covered.Length && _covered[cursor] > 0) cursor++;
        var start = cursor;
        var end = Math.Min(start + Math.Max(cell.ColSpan, 1), _covered.Length);
        for (var x = start; x < end; x++) _covered[x] = rowSpan;
        cursor = start + Math.Max(cell.ColSpan, 1);
        return start;
    }

    /// <summary>Ends a row: every span loses one row.</summary>
    public void NextRow()
    {
        for (var x = 0; x < _covered.Length; x++)
            if (_covered[x] > 0) _covered[x]--;
    }
}
