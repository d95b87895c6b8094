using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;

namespace ReportGen.Model;

/// <summary>
/// One agency-year, typed and with every derived value computed. Templates read this (through
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

public enum DatePlacement
{
    Signature,
    UnderTitle,
}

public enum AgencyKind
{
    Government,
    Department,
}

public sealed record Agency(string Id, string Name, AgencyKind Kind, string? Level);

public sealed record Contact
{
    public string? Office { get; init; }
    public string? Address { get; init; }
    public string? Postcode { get; init; }
    public string? Phone { get; init; }
    public string? Fax { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
}

/// <summary>A published deviation from a rule, kept on purpose; the rule then reports a warning, not an error.</summary>
/// <param name="Published">The published wording where the data holds the official one (a heading, a label): a record of what was printed, not a waiver.</param>
public sealed record Acknowledgement(string RuleId, string? Field, string Reason, SourceSpan Span, string? Published = null);

/// <summary>Print the statistics table as an attachment (附表), as seed 002 does.</summary>
public sealed record StatisticsTablePrint(string TableId, string Title, string? Caption, string? Filler);

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
