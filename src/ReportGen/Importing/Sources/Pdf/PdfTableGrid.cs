namespace ReportGen.Importing.Sources.Pdf;

/// <summary>A table found from rulings: its outline and its cells, each a run of grid rows and columns.</summary>
public sealed record PdfGridTable(PdfBox Box, IReadOnlyList<PdfGridCell> Cells, int Rows, int Columns, IReadOnlyList<double> ColumnEdges);

public sealed record PdfGridCell(int Row, int Column, int RowSpan, int ColSpan, PdfBox Box);

/// <summary>
/// Rebuilds tables from the rulings a page draws (cell rectangles, or separate border strokes as Word
/// exports them): connected rulings with at least two rows and two columns of edges form a grid; grid
/// slots not separated by a ruling are one merged cell, which gives the row and column spans back.
/// </summary>
public static class PdfTableGrid
{
    private const double Tolerance = 1.5;

    public static List<PdfGridTable> Find(IReadOnlyList<PdfSegment> segments)
    {
        var tables = new List<PdfGridTable>();
        foreach (var group in Connected(segments))
        {
            var horizontal = group.Where(s => s.IsHorizontal).ToList();
            var vertical = group.Where(s => !s.IsHorizontal).ToList();
            if (horizontal.Count < 2 || vertical.Count < 2) continue;
            var xs = Distinct(vertical.Select(v => v.X1));
            var ys = Distinct(horizontal.Select(h => h.Y1));
            if (xs.Count < 2 || ys.Count < 2 || xs.Count > 200 || ys.Count > 2000) continue;
            var table = Build(xs, ys, horizontal, vertical);
            if (table is not null) tables.Add(table);
        }
        return tables;
    }

    private static PdfGridTable? Build(List<double> xs, List<double> ys, List<PdfSegment> horizontal, List<PdfSegment> vertical)
    {
        int rows = ys.Count - 1, columns = xs.Count - 1;
        bool RightEdge(int r, int c)
        {
            double x = xs[c + 1], y = (ys[r] + ys[r + 1]) / 2;
            return vertical.Any(v => Math.Abs(v.X1 - x) <= Tolerance && Math.Min(v.Y1, v.Y2) - Tolerance <= y && Math.Max(v.Y1, v.Y2) + Tolerance >= y);
        }
        bool BottomEdge(int r, int c)
        {
            double y = ys[r + 1], x = (xs[c] + xs[c + 1]) / 2;
            return horizontal.Any(h => Math.Abs(h.Y1 - y) <= Tolerance && Math.Min(h.X1, h.X2) - Tolerance <= x && Math.Max(h.X1, h.X2) + Tolerance >= x);
        }

        var parent = new int[rows * columns];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int FindRoot(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Join(int a, int b) { a = FindRoot(a); b = FindRoot(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !RightEdge(r, c)) Join(r * columns + c, r * columns + c + 1);
                if (r + 1 < rows && !BottomEdge(r, c)) Join(r * columns + c, (r + 1) * columns + c);
            }

        var cells = new List<PdfGridCell>();
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(FindRoot))
        {
            int r0 = group.Min(i => i / columns), r1 = group.Max(i => i / columns);
            int c0 = group.Min(i => i % columns), c1 = group.Max(i => i % columns);
            cells.Add(new PdfGridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, new PdfBox(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])));
        }
        cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return new PdfGridTable(new PdfBox(xs[0], ys[0], xs[^1], ys[^1]), cells, rows, columns, xs);
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > Tolerance) result.Add(v);
        return result;
    }

    /// <summary>Groups rulings that touch or cross (within the tolerance): one group per table or drawing.</summary>
    private static List<List<PdfSegment>> Connected(IReadOnlyList<PdfSegment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int FindRoot(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        // Sorting by left edge bounds the pairs compared: segments far apart in x never touch.
        var order = Enumerable.Range(0, segments.Count).OrderBy(i => Math.Min(segments[i].X1, segments[i].X2)).ToList();
        for (var a = 0; a < order.Count; a++)
        {
            var s = segments[order[a]];
            var right = Math.Max(s.X1, s.X2) + Tolerance;
            for (var b = a + 1; b < order.Count; b++)
            {
                var t = segments[order[b]];
                if (Math.Min(t.X1, t.X2) > right) break;
                if (Touch(s, t))
                {
                    int ra = FindRoot(order[a]), rb = FindRoot(order[b]);
                    if (ra != rb) parent[ra] = rb;
                }
            }
        }
        return Enumerable.Range(0, segments.Count).GroupBy(FindRoot).Select(g => g.Select(i => segments[i]).ToList()).ToList();
    }

    private static bool Touch(PdfSegment a, PdfSegment b)
    {
        var boxA = new PdfBox(Math.Min(a.X1, a.X2), Math.Min(a.Y1, a.Y2), Math.Max(a.X1, a.X2), Math.Max(a.Y1, a.Y2));
        var boxB = new PdfBox(Math.Min(b.X1, b.X2), Math.Min(b.Y1, b.Y2), Math.Max(b.X1, b.X2), Math.Max(b.Y1, b.Y2));
        return boxA.Overlaps(boxB, Tolerance);
    }
}
