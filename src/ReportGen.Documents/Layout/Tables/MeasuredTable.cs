namespace ReportGen.Documents.Layout.Tables;

/// <summary>
/// The measure phase's result: column edges, row heights, cells, and the row groups that must stay
/// on one page (rows joined by a rowspan). Placement on pages happens in the flow.
/// </summary>
public sealed record MeasuredTable(
    double[] ColumnEdges,
    double[] RowHeights,
    IReadOnlyList<MeasuredCell> Cells,
    int HeaderRows,
    IReadOnlyList<(int Start, int End)> BodyGroups,
    double FontSize,
    double LineHeight,
    double Padding)
{
    public double HeaderHeight => Height(0, HeaderRows);

    public double Height(int startRow, int endRow)
    {
        var h = 0.0;
        for (var r = startRow; r < endRow; r++) h += RowHeights[r];
        return h;
    }
}
