using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;

namespace ReportGen.Loading;

/// <summary>
/// One data file as written, typed and checked field by field, with nothing computed: narrative
/// still cites, charts are still requests, statistics are the entered cells only, a roll-up names
/// its members. The model (<c>Model/ModelBuilder</c>) computes everything else from it.
/// </summary>
public sealed record ReportInput
{
    public required string SourceFile { get; init; }
    public required FormatDefinition Format { get; init; }
    public required Agency Agency { get; init; }
    public required int Year { get; init; }
    /// <summary>The title lines as written; empty when the data gives none (the model then makes one).</summary>
    public ImmutableArray<string> TitleLines { get; init; } = ImmutableArray<string>.Empty;
    public DateOnly? Date { get; init; }
    public DatePlacement DatePlacement { get; init; } = DatePlacement.Signature;
    public ImmutableArray<string> Signature { get; init; } = ImmutableArray<string>.Empty;
    public Contact Contact { get; init; } = new();
    public ImmutableArray<NarrativeParagraph> Preamble { get; init; } = ImmutableArray<NarrativeParagraph>.Empty;
    public ImmutableArray<Section> Sections { get; init; } = ImmutableArray<Section>.Empty;
    /// <summary>Entered cells by table id (skipped cells already 0 where the format says so).</summary>
    public required EnteredStatistics Statistics { get; init; }
    /// <summary>Figures of earlier years that this report itself states, by year, in the shape of statistics.</summary>
    public IReadOnlyDictionary<int, EnteredStatistics> History { get; init; } = new Dictionary<int, EnteredStatistics>();
    public StatisticsTablePrint? StatisticsTable { get; init; }
    public ImmutableArray<Acknowledgement> Acknowledgements { get; init; } = ImmutableArray<Acknowledgement>.Empty;
    /// <summary>For a roll-up: the member agency ids in the order written, with where each is written.</summary>
    public ImmutableArray<MemberId> Members { get; init; } = ImmutableArray<MemberId>.Empty;
    /// <summary>Positions of fields in the YAML, by field path (e.g. <c>statistics.a1</c>).</summary>
    public required FieldSpans Spans { get; init; }

    public bool IsRollup => !Members.IsEmpty;
}

/// <summary>Cells as entered, by table id, then (row, column).</summary>
public sealed class EnteredStatistics(IReadOnlyDictionary<string, IReadOnlyDictionary<(string Row, string Column), decimal>> tables)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<(string Row, string Column), decimal>> Tables { get; } = tables;

    public IReadOnlyDictionary<(string Row, string Column), decimal> Of(string tableId)
        => Tables.GetValueOrDefault(tableId) ?? new Dictionary<(string, string), decimal>();
}

public sealed record MemberId(string AgencyId, SourceSpan Span);

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
