using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Loading;

/// <summary>An item of a section body, in printed order, with where it was written.</summary>
public abstract record BodyItem(SourceSpan Span);

/// <summary>
/// A paragraph of narrative. As loaded, its text may still cite statistics (<c>${a1}</c>); the model
/// replaces every citation by its value.
/// </summary>
public sealed record NarrativeParagraph(string Text, SourceSpan Span) : BodyItem(Span)
{
    /// <summary>Where the model put a cited value into <see cref="Text"/> (start, length): a number there was not typed by hand.</summary>
    public ImmutableArray<(int Start, int Length)> Cited { get; init; } = ImmutableArray<(int, int)>.Empty;
}

/// <summary>A figure: a chart drawn from the statistics, a picture file, or (neither) a placeholder box.</summary>
/// <param name="Request">The chart as written in the data (kind, rows, years); null for a picture or a placeholder.</param>
/// <param name="Chart">The chart's numbers, looked up by the model; null until then, and for a chart whose rows do not resolve.</param>
/// <param name="Id">Name by which the narrative refers to it (<c>${fig:channels}</c> prints “图2”).</param>
/// <param name="Number">图N, assigned by the model in document order to numbered figures.</param>
public sealed record FigureItem(string Caption, string? AltText, SourceSpan Span, ChartRequest? Request = null, ChartData? Chart = null,
    PictureRef? Picture = null, bool Numbered = false, string? Id = null, int? Number = null) : BodyItem(Span);

/// <summary>A chart as written in the YAML, before its values are looked up.</summary>
/// <param name="Path">The field path of the chart mapping, for diagnostics.</param>
public sealed record ChartRequest(string Kind, string? Table, ImmutableArray<SeriesRequest> Series, ImmutableArray<string> Labels,
    ImmutableArray<int> Years, string? Unit, SourceSpan Span, string Path);

public sealed record SeriesRequest(string? Name, ImmutableArray<string> Rows, string? Column);

/// <summary>
/// A chart's numbers, resolved from the statistics (never typed twice): categories are row labels or
/// years; each series holds one value per category (null = no data). <see cref="MissingSources"/> are
/// the other years' files that were wanted and not found (rule R24 reports them).
/// </summary>
public sealed record ChartData(string Kind, string Unit, ImmutableArray<string> Categories, ImmutableArray<ChartSeriesData> Series, ImmutableArray<string> MissingSources);

public sealed record ChartSeriesData(string Name, ImmutableArray<decimal?> Values);

/// <summary>A picture file (PNG, JPEG, SVG) inside the workspace, already checked to exist; its bytes are read when the document is made.</summary>
/// <param name="Workspace">The folder the picture is confined to (the data folder's parent).</param>
public sealed record PictureRef(string FullPath, string MediaType, string Workspace);

public sealed record InlineTable(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows, SourceSpan Span) : BodyItem(Span)
{
    /// <summary>A page of the national format holds about 20 readable columns; 60 is generous, 5000 was an attack.</summary>
    public const int MaxColumns = 60;
    /// <summary>Header and body cells together: the templates render a table in one loop nest, limited to 10,000 steps.</summary>
    public const int MaxCells = 4_000;
}

/// <summary>A section: its heading as printed (with its own numbering in the pre-2019 format) and its body.</summary>
public sealed record Section(string Heading, int Level, ImmutableArray<BodyItem> Body, SourceSpan Span) : BodyItem(Span)
{
    /// <summary>The format's key for a fixed-outline section or subtopic (e.g. <c>overview</c>, <c>oversight</c>); null in free outlines.</summary>
    public string? Key { get; init; }

    /// <summary>A subtopic whose heading the data wrote (rather than the format's default); R8 checks that it names its aspect.</summary>
    public bool OwnHeading { get; init; }

    public IEnumerable<Section> Subsections => Body.OfType<Section>();
}
