using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Model;

/// <summary>
/// One agency-year, typed and with every derived value computed: statistics with their totals, a
/// roll-up's sums, charts' numbers, figure numbers, narrative with every citation replaced. Built by
/// <see cref="ModelBuilder"/> from a <see cref="LoadedReport"/>. Templates read this (through
/// <see cref="Templating.TemplateView"/>); they never compute.
/// </summary>
public sealed record ReportModel
{
    public required string SourceFile { get; init; }
    public required FormatDefinition Format { get; init; }
    public required Agency Agency { get; init; }
    public required int Year { get; init; }
    public required ImmutableArray<string> TitleLines { get; init; }
    public DateOnly? Date { get; init; }
    public DatePlacement DatePlacement { get; init; } = DatePlacement.Signature;
    public ImmutableArray<string> Signature { get; init; } = ImmutableArray<string>.Empty;
    public Contact Contact { get; init; } = new();
    public ImmutableArray<NarrativeParagraph> Preamble { get; init; } = ImmutableArray<NarrativeParagraph>.Empty;
    public ImmutableArray<Section> Sections { get; init; } = ImmutableArray<Section>.Empty;
    public required Statistics Statistics { get; init; }
    public StatisticsTablePrint? StatisticsTable { get; init; }
    public ImmutableArray<Acknowledgement> Acknowledgements { get; init; } = ImmutableArray<Acknowledgement>.Empty;
    /// <summary>For a roll-up (city, province): the members whose statistics were summed, and what was found of each.</summary>
    public ImmutableArray<MemberReport> Members { get; init; } = ImmutableArray<MemberReport>.Empty;
    /// <summary>Positions of fields in the YAML, by field path (e.g. <c>statistics.a1</c>).</summary>
    public required FieldSpans Spans { get; init; }

    public string Id => $"{Agency.Id}/{Year}";
    public string FullTitle => string.Concat(TitleLines);
}

/// <summary>A member of a roll-up: its data file, and whether it was found and usable.</summary>
public sealed record MemberReport(string AgencyId, string File, MemberStatus Status, SourceSpan Span, int? FoundYear = null);

public enum MemberStatus
{
    Included,
    Missing,
    Invalid,
    WrongYear,
    WrongFormat,
}
