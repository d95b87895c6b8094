using ReportGen.Formats;

namespace ReportGen.Importing.Writing;

/// <summary>
/// What recognition made of a published report, in the shape of a data file: the writer turns it into
/// YAML. Every value that a person must confirm carries a note (written as a 【待核对】 comment).
/// </summary>
public sealed class ImportDraft
{
    public required FormatDefinition Format { get; init; }
    public required string AgencyId { get; set; }
    public string? AgencyIdNote { get; set; }
    public required string AgencyName { get; set; }
    public string? AgencyNameNote { get; set; }
    public string Kind { get; set; } = "government";
    public string? KindNote { get; set; }
    public string? Level { get; set; }
    public string? LevelNote { get; set; }
    public required int Year { get; set; }
    public string? YearNote { get; set; }

    /// <summary>Empty: the format's default title (agency + year) is what was printed.</summary>
    public List<string> TitleLines { get; } = new();
    public DateOnly? Date { get; set; }
    public string? DateNote { get; set; }
    public bool DateUnderTitle { get; set; }
    public List<string> Signature { get; } = new();
    public DraftContact Contact { get; } = new();
    public List<string> Preamble { get; } = new();

    /// <summary>Free outline (pre-2019): sections in order.</summary>
    public List<DraftItem> Sections { get; } = new();

    /// <summary>Fixed outline (2021/2019): text by section key, and for a section with sub-topics by <c>section.subtopic</c> (<c>overview.intro</c> for text before them).</summary>
    public Dictionary<string, List<DraftItem>> Narrative { get; } = new(StringComparer.Ordinal);

    /// <summary>Cells by table id, then (row, column).</summary>
    public Dictionary<string, Dictionary<(string Row, string Column), DraftCell>> Statistics { get; } = new(StringComparer.Ordinal);
    /// <summary>Notes on a whole row (a published total that differs from the sum of its parts).</summary>
    public Dictionary<(string Table, string Row), string> RowNotes { get; } = new();

    public DraftStatisticsTable? StatisticsTable { get; set; }
    /// <summary>Figures of earlier years a chart shows (history:), by year, row and value.</summary>
    public SortedDictionary<int, Dictionary<string, string>> History { get; } = new();
    public List<DraftAcknowledgement> Acknowledgements { get; } = new();

    public Dictionary<(string Row, string Column), DraftCell> Table(string id)
    {
        if (!Statistics.TryGetValue(id, out var table)) Statistics[id] = table = new Dictionary<(string, string), DraftCell>();
        return table;
    }

    public List<DraftItem> NarrativeOf(string key)
    {
        if (!Narrative.TryGetValue(key, out var list)) Narrative[key] = list = new List<DraftItem>();
        return list;
    }
}

public sealed class DraftContact
{
    public string? Office { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    public bool IsEmpty => Office is null && Address is null && Postcode is null && Phone is null && Fax is null && Email is null && Website is null;

    public IEnumerable<(string Key, string Value)> Entries()
    {
        if (Office is not null) yield return ("office", Office);
        if (Address is not null) yield return ("address", Address);
        if (Postcode is not null) yield return ("postcode", Postcode);
        if (Phone is not null) yield return ("phone", Phone);
        if (Fax is not null) yield return ("fax", Fax);
        if (Email is not null) yield return ("email", Email);
        if (Website is not null) yield return ("website", Website);
    }
}

public abstract record DraftItem
{
    /// <summary>Why this item needs a look (written as a 【待核对】 comment above it), or null.</summary>
    public string? Note { get; init; }
}

public sealed record DraftParagraph(string Text) : DraftItem;

public sealed record DraftHeading(string Heading, List<DraftItem> Body) : DraftItem;

public sealed record DraftFigure(string Caption) : DraftItem
{
    /// <summary>The published alternative text, when it says more than the caption.</summary>
    public string? Alt { get; set; }
    /// <summary>Set once the statistics are read: the chart the published figure shows, drawn from them.</summary>
    public DraftChart? Chart { get; set; }
    /// <summary>Why a published chart could not be kept as a chart (written as a 【待核对】 comment).</summary>
    public string? ChartNote { get; set; }
}

/// <param name="Rows">Row keys of the chart (one series), or per series in <see cref="Series"/>.</param>
/// <param name="Years">Categories are years: the rows' values across years (earlier ones from history:).</param>
public sealed record DraftChart(string Kind, string? Table, IReadOnlyList<string> Rows, IReadOnlyList<string> Labels,
    IReadOnlyList<(string Name, IReadOnlyList<string> Rows)>? Series = null, IReadOnlyList<int>? Years = null);

public sealed record DraftInlineTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DraftItem;

public enum DraftCellState
{
    Found,
    Blank,
    Uncertain,
}

/// <param name="Text">The number as printed (1193.60 stays so); null for a blank cell.</param>
/// <param name="Note">Why a person must confirm it (written with 【待核对】); null when certain.</param>
/// <param name="Comment">Where it came from, when not from the table itself (a chart, a sentence).</param>
public sealed record DraftCell(string? Text, DraftCellState State, string? Note = null, string? Comment = null);

public sealed record DraftStatisticsTable(string? Caption, string? Title, string? Filler);

/// <param name="Published">What the published report printed, when the entry records a wording deviation.</param>
public sealed record DraftAcknowledgement(string Rule, string? Field, string Reason, string? Published = null);
