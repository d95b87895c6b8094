namespace ReportGen.Documents.Layout.Tables;

/// <summary>
/// Column widths from the template's weights and the content: no column narrower than its longest
/// unbreakable word, columns that need less than their share give the rest to those that need more,
/// and the table always spans the full block width.
/// </summary>
public static class ColumnWidths
{
    public static double[] Compute(double total, IReadOnlyList<double> weights, double[] min, double[] preferred)
    {
        var n = weights.Count;
        var weightSum = 0.0;
        for (var i = 0; i < n; i++) weightSum += Math.Max(weights[i], 0.01);
        var widths = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var share = total * Math.Max(weights[i], 0.01) / weightSum;
            widths[i] = Math.Max(min[i], Math.Min(share, preferred[i]));
            sum += widths[i];
        }
        var leftover = total - sum;
        if (leftover > 0)
        {
            var hungry = 0.0;
            for (var i = 0; i < n; i++) if (preferred[i] > widths[i]) hungry += weights[i];
            for (var i = 0; i < n; i++)
            {
                if (hungry > 0) { if (preferred[i] > widths[i]) widths[i] += leftover * weights[i] / hungry; }
                else widths[i] += leftover * Math.Max(weights[i], 0.01) / weightSum;
            }
        }
        else if (leftover < 0)
        {
            // Minimums overflow: take the excess from columns above their minimum, else scale everything.
            var slack = 0.0;
            for (var i = 0; i < n; i++) slack += widths[i] - min[i];
            for (var i = 0; i < n; i++)
                widths[i] = slack >= -leftover
                    ? widths[i] + leftover * (widths[i] - min[i]) / slack
                    : widths[i] * total / sum;
        }
        return widths;
    }
}
