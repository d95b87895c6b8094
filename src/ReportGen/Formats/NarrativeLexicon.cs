namespace ReportGen.Formats;

/// <summary>
/// How a format's narrative names the quantities of its tables (templates/&lt;id&gt;/lexicon.yaml): units,
/// the words that tie a number to a row and column, the words of negative and universal statements, and
/// the outcomes a reviewer expects the narrative to mention. Data, so a new phrasing is a new word, not
/// new C#. Read and validated by <see cref="LexiconReader"/>; every table, row, column and cell resolves.
/// </summary>
public sealed record NarrativeLexicon
{
    public required string File { get; init; }
    public required LexiconUnits Units { get; init; }
    public required LexiconNumbers Numbers { get; init; }
    public required LexiconWords Words { get; init; }
    public IReadOnlyList<LexiconTable> Tables { get; init; } = [];
    public IReadOnlyList<UniversalClaimDefinition> UniversalClaims { get; init; } = [];
    /// <summary>Quantities (sums of cells) the narrative should mention when above 0 (R27).</summary>
    public IReadOnlyList<CellSum> MentionWhenPositive { get; init; } = [];

    public LexiconTable? FindTable(string id) => Tables.FirstOrDefault(t => t.Table == id);
}

/// <param name="Counts">Units the tables count in (R19 accepts them).</param>
/// <param name="OtherCounts">Counted units the tables do not use (still compared; R19 warns).</param>
/// <param name="Money">Money units and their factor to the tables' unit (万元: 1, 元: 0.0001).</param>
/// <param name="NotCounts">Units that end a number without it being a count of a table (人次, 个工作日 …).</param>
public sealed record LexiconUnits(IReadOnlyList<string> Counts, IReadOnlyList<string> OtherCounts,
    IReadOnlyDictionary<string, decimal> Money, IReadOnlyList<string> Percent, IReadOnlyList<string> NotCounts);

/// <param name="FusedAfter">A numeral directly followed by one of these after its unit is part of a phrase (一件一解读, 一次性).</param>
public sealed record LexiconNumbers(IReadOnlyList<string> ApproximateBefore, IReadOnlyList<string> ApproximateAfter,
    IReadOnlyList<string> OrdinalBefore, IReadOnlyList<string> FusedAfter);

/// <summary>The function words the matcher reads (see lexicon.yaml for what each list means).</summary>
public sealed record LexiconWords
{
    public IReadOnlyList<string> Includes { get; init; } = [];
    public IReadOnlyList<string> Besides { get; init; } = [];
    public IReadOnlyList<string> Conjunctions { get; init; } = [];
    public IReadOnlyList<string> Fillers { get; init; } = [];
    public IReadOnlyList<string> Share { get; init; } = [];
    public IReadOnlyList<string> Negations { get; init; } = [];
    public IReadOnlyList<string> Universals { get; init; } = [];
    public IReadOnlyList<string> Done { get; init; } = [];
    public IReadOnlyList<string> Rest { get; init; } = [];
    public IReadOnlyList<string> Etcetera { get; init; } = [];
    public IReadOnlyList<string> Unrelated { get; init; } = [];
    public IReadOnlyList<string> Neutral { get; init; } = [];
}

/// <summary>
/// The words of one table. A cell is <see cref="CellTemplate"/> with each facet's value put in
/// (<c>"{row}.{column}"</c>; 表四: <c>"cases.{group}_{outcome}"</c>).
/// </summary>
/// <param name="Sections">Narrative sections (or subtopics) in which a verb of this table needs no topic word.</param>
public sealed record LexiconTable(string Table, string CellTemplate, IReadOnlyList<string> Sections, IReadOnlyList<LexiconFacet> Facets)
{
    public LexiconFacet? FindFacet(string name) => Facets.FirstOrDefault(f => f.Name == name);
}

/// <param name="Default">The value when the clause names none (<c>only</c>: the row's only column); null: the facet must be named.</param>
public sealed record LexiconFacet(string Name, string? Default, IReadOnlyList<LexiconValue> Values)
{
    /// <summary><see cref="Default"/> that means “the row's only column”.</summary>
    public const string OnlyColumn = "only";

    /// <summary>What the first entry of a value that stands for others means (<see cref="LexiconValue.Means"/>); null when none does.</summary>
    public IReadOnlyList<string>? MeansOf(string value)
    {
        // A loop, not LINQ: every number of every narrative asks, for each value its clause names.
        foreach (var v in Values)
            if (v.Value == value && v.Means.Count > 0) return v.Means;
        return null;
    }
}

/// <summary>
/// Words that name one value of a facet. <see cref="Means"/>: the value stands for the sum of these values
/// (行政诉讼 = 直接起诉 + 复议后起诉). <see cref="Or"/>: other readings, each a sum of values (收到 may include
/// 上年结转), chosen by the clause (其中/另有) or else all accepted.
/// </summary>
/// <see cref="Counts"/> false: the words speak of the value but a number beside them counts something else
/// (收费通知N份 are notices sent, not applications dropped; 未发出收费通知 still says there were none).
/// <see cref="NeedsNoun"/>: a verb too general to stand alone (提出, 办理): it names the value only with a noun
/// or label of its table in its own clause, even in the table's sections.
public sealed record LexiconValue(string Value, CueKind Kind, IReadOnlyList<string> Words, IReadOnlyList<string> Means,
    IReadOnlyList<IReadOnlyList<string>> Or, bool Negatable, YearCondition Year, bool Counts = true, bool NeedsNoun = false);

/// <summary>How strongly a word names its table: the table's own words over verbs over nouns.</summary>
public enum CueKind
{
    Noun = 1,
    Verb = 2,
    Label = 3,
}

/// <summary>When a word (结转) names its value only beside a year.</summary>
public enum YearCondition
{
    None,
    /// <summary>Last year written before it in the clause (2022年结转的 in a 2023 report).</summary>
    PreviousBefore,
    /// <summary>Next year written right after it (结转至2024年 in a 2023 report).</summary>
    NextAfter,
}

/// <summary>
/// R26: a universal statement (“所有申请均已办结”) with one of <see cref="Words"/> says the cells of
/// <see cref="Zero"/> are 0 (<c>{group}</c>: each 表四 group the sentence names). <see cref="Subject"/>: row
/// values the sentence may speak about (empty: any).
/// </summary>
public sealed record UniversalClaimDefinition(IReadOnlyList<string> Words, bool Done, string Table, IReadOnlyList<string> Zero, IReadOnlyList<string> Subject);

/// <summary>A sum of cells written <c>table.row.column + …</c>.</summary>
public sealed record CellSum(IReadOnlyList<string> Cells)
{
    public static CellSum Parse(string text) => new(SumFormula.Parts(text));

    public override string ToString() => string.Join(" + ", Cells);
}
