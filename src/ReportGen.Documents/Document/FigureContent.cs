using System.Collections.Immutable;

namespace ReportGen.Documents.Document;

public abstract record FigureContent;

/// <summary>A figure the data names but does not yet define: writers draw a framed box with the caption.</summary>
public sealed record PlaceholderFigure : FigureContent;

/// <summary>A chart drawn from the statistics; values are already computed by the model.</summary>
public sealed record ChartFigure(
    ChartKind Kind,
    ImmutableArray<string> Categories,
    ImmutableArray<ChartSeries> Series,
    string Unit) : FigureContent;

public sealed record ChartSeries(string Name, ImmutableArray<double> Values);

public enum ChartKind
{
    Bar,
    StackedBar,
    Line,
    Pie,
    Donut,
}

/// <summary>A picture from a file (PNG/JPEG), with its natural size in points.</summary>
public sealed record ImageFigure(ImmutableArray<byte> Data, string MediaType, double WidthPt, double HeightPt) : FigureContent;
