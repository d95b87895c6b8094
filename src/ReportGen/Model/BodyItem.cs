using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Model;

/// <summary>An item of a section body, in printed order.</summary>
public abstract record BodyItem(SourceSpan Span);

/// <summary>Narrative text after citations (<c>${a1}</c>) were replaced by their values.</summary>
public sealed record NarrativeParagraph(string Text, SourceSpan Span) : BodyItem(Span);

/// <summary>A figure: a chart drawn from the statistics, a picture file, or (neither) a placeholder box.</summary>
/// <param name="Id">Name by which the narrative refers to it (<c>${fig:channels}</c> prints “图2”).</param>
/// <param name="Number">图N, assigned in document order to numbered figures when the data is loaded.</param>
public sealed record FigureItem(string Caption, string? AltText, SourceSpan Span, ChartData? Chart = null, PictureRef? Picture = null,
    bool Numbered = false, string? Id = null, int? Number = null) : BodyItem(Span);

/// <summary>
/// A chart's numbers, resolved from the statistics when the data is loaded (never typed twice):
/// categories are row labels or years; each series holds one value per category (null = no data).
/// </summary>
public sealed record ChartData(string Kind, string Unit, ImmutableArray<string> Categories, ImmutableArray<ChartSeriesData> Series, ImmutableArray<string> MissingSources);

public sealed record ChartSeriesData(string Name, ImmutableArray<decimal?> Values);

/// <summary>A picture file (PNG, JPEG, SVG) inside the workspace, already checked to exist.</summary>
public sealed record PictureRef(string FullPath, string MediaType);

public sealed record InlineTable(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows, SourceSpan Span) : BodyItem(Span);

/// <summary>A section: its heading as printed (with its own numbering in the pre-2019 format) and its body.</summary>
public sealed record Section(string Heading, int Level, ImmutableArray<BodyItem> Body, SourceSpan Span) : BodyItem(Span)
{
    /// <summary>The format's key for a fixed-outline section or subtopic (e.g. <c>overview</c>, <c>oversight</c>); null in free outlines.</summary>
    public string? Key { get; init; }

    public IEnumerable<Section> Subsections => Body.OfType<Section>();
}
