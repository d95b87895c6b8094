using System.Collections.Immutable;

namespace ReportGen.Documents.Layout.Pages;

/// <summary>A raster image placed into a box; JPEG data is passed through to the backend unchanged.</summary>
public sealed record ImageItem(ImmutableArray<byte> Data, string MediaType, int PixelWidth, int PixelHeight, int Components,
    double X, double Y, double Width, double Height) : FrameItem;
