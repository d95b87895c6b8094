using System.Collections.Immutable;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Turns the HTML-like span model (spans on the starting cell, covered positions absent) into Word's
/// model, where every row lists a w:tc for every grid column it covers: a rowspan becomes a
/// vMerge restart cell plus one vMerge continue cell in each covered row below, with the same gridSpan.
/// </summary>
/// <remarks>
/// Follows the HTML table algorithm: a cell goes into the first column not already taken by a rowspan
/// from above; rowspans are clipped to their row group (header or body), as browsers do, so the
/// repeated header never merges into the body; spans that run past the grid are clipped and holes are
/// filled with empty cells, so a ragged model still gives a rectangular, valid Word table.
/// </remarks>
internal static class TableGridResolver
{
    public static ImmutableArray<ImmutableArray<GridSlot>> Resolve(ImmutableArray<TableRow> rows, int columnCount)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<GridSlot>>(rows.Length);
        // owner[r, c]: the slot covering that position (from this row or a rowspan above).
        var owner = new GridSlot?[rows.Length, columnCount];

        for (var r = 0; r < rows.Length; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < columnCount && owner[r, column] is not null) column++;
                if (column >= columnCount) break; // more cells than the grid has columns: dropped, as in HTML

                var colSpan = Math.Max(1, cell.ColSpan);
                var free = 0;
                while (free < colSpan && column + free < columnCount && owner[r, column + free] is null) free++;
                colSpan = free;

                var rowSpan = 1;
                var wanted = Math.Clamp(cell.RowSpan, 1, rows.Length - r);
                // A rowspan from further left and above may already hold part of the area: the merge stops there.
                while (rowSpan < wanted && IsFree(owner, r + rowSpan, column, colSpan)) rowSpan++;
                var start = new GridSlot(column, colSpan, cell, rowSpan > 1 ? MergeRole.Restart : MergeRole.None);
                Claim(owner, r, column, colSpan, start);
                for (var below = 1; below < rowSpan; below++)
                    Claim(owner, r + below, column, colSpan, new GridSlot(column, colSpan, cell, MergeRole.Continue));
                column += colSpan;
            }

            var slots = ImmutableArray.CreateBuilder<GridSlot>();
            for (var c = 0; c < columnCount;)
            {
                var slot = owner[r, c] ?? new GridSlot(c, 1, null, MergeRole.None);
                slots.Add(slot);
                c += slot.ColSpan;
            }
            result.Add(slots.ToImmutable());
        }
        return result.MoveToImmutable();
    }

    private static bool IsFree(GridSlot?[,] owner, int row, int column, int span)
    {
        for (var c = column; c < column + span; c++)
            if (owner[row, c] is not null) return false;
        return true;
    }

    private static void Claim(GridSlot?[,] owner, int row, int column, int span, GridSlot slot)
    {
        for (var c = column; c < column + span; c++) owner[row, c] = slot;
    }
}
