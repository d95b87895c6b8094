namespace ReportGen.Documents.Layout.Charts;

internal enum ChartAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>One line of text; (X, Y) is the anchor point on the baseline.</summary>
internal sealed record ChartLabel(double X, double Y, string Text, double Size, ChartAnchor Anchor, string Color) : ChartItem;
