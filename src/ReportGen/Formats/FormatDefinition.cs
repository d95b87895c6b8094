using ReportGen.Documents.Diagnostics;

namespace ReportGen.Formats;

/// <summary>
/// A report format as data (templates/&lt;id&gt;/format.yaml): tables, rows, sums, deadlines and the
/// rules that apply. A new statutory revision is a new folder, not new C#. Immutable; built and
/// validated by <see cref="FormatReader"/>, so every reference in it resolves.
/// </summary>
public sealed record FormatDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Template { get; init; } = "report.sbn";
    /// <summary>Another format whose template files are used for those this folder does not have (2019 reuses 2021's layout).</summary>
    public string? TemplatesFrom { get; init; }
    /// <summary><see cref="OutlineKind.Free"/>: sections come from the data (pre-2019); <see cref="OutlineKind.Fixed"/>: the format lists them in <see cref="Sections"/>.</summary>
    public OutlineKind Outline { get; init; } = OutlineKind.Free;
    /// <summary>Report years the format governs (inclusive; null = open); a report of another year is a structure error (R7).</summary>
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }
    /// <summary>The legal basis as the standard preamble names it (the Regulation and the format notice).</summary>
    public string? Basis { get; init; }
    /// <summary>The latest 成文日期, as month and day of the following year, by kind of agency.</summary>
    public Deadlines? Deadlines { get; init; }
    public IReadOnlyList<string> Rules { get; init; } = [];
    /// <summary>Per-format severity of a rule, over the catalogue's default.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverity { get; init; } = new Dictionary<string, Severity>();
    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];
    public IReadOnlyList<SectionDefinition> Sections { get; init; } = [];
    /// <summary>The words that tie narrative numbers and statements to table quantities (lexicon.yaml beside format.yaml; R12, R19, R25–R27).</summary>
    public NarrativeLexicon? Lexicon { get; init; }
    /// <summary>The lexicon's file name as format.yaml gives it (read by the catalogue); null when the format has none.</summary>
    public string? LexiconFile { get; init; }
    /// <summary>Narrative sentences that state a table quantity (R12) or its unit (R19), as patterns (the pre-2019 format).</summary>
    public IReadOnlyList<NarrativeFigureDefinition> NarrativeFigures { get; init; } = [];
    /// <summary>Comparisons with last year's report (R9, R10, R11).</summary>
    public IReadOnlyList<CrossYearDefinition> CrossYear { get; init; } = [];
    /// <summary>Section 六's 信息处理费 statement (R20).</summary>
    public FeeStatementDefinition? FeeStatement { get; init; }
    /// <summary>What the printed title must contain besides the agency and the year (R28).</summary>
    public TitleDefinition? Title { get; init; }
    /// <summary>Applicant breakdown stated in prose (R22).</summary>
    public ApplicantBreakdownDefinition? ApplicantBreakdown { get; init; }

    /// <summary>Folder of the format (templates and format.yaml).</summary>
    public required string Folder { get; init; }
    /// <summary>The format.yaml it was read from, for findings about the definition itself (R21).</summary>
    public string File => Path.Combine(Folder, "format.yaml");

    public TableDefinition? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);
    public SectionDefinition? FindSection(string key) => Sections.FirstOrDefault(s => s.Key == key);
    public bool IsFixedOutline => Outline == OutlineKind.Fixed;
    public bool Applies(string ruleId) => Rules.Contains(ruleId);
}

public enum OutlineKind
{
    Free,
    Fixed,
}

/// <summary>Month and day of the year after the report year.</summary>
public readonly record struct MonthDay(int Month, int Day);

/// <summary>成文日期 deadlines (Regulation art. 49; before 2019 art. 31): governments and their departments differ.</summary>
public sealed record Deadlines(MonthDay Government, MonthDay Department);

public sealed record SectionDefinition
{
    public required string Key { get; init; }
    public required string Heading { get; init; }
    public SectionKind Kind { get; init; } = SectionKind.Narrative;
    public string? Table { get; init; }
    public IReadOnlyList<SubtopicDefinition> Subtopics { get; init; } = [];
    /// <summary>For a government's report: one of these words must appear in the named subtopic (R8, art. 50(四)).</summary>
    public GovernmentContentDefinition? GovernmentContent { get; init; }

    public SubtopicDefinition? FindSubtopic(string key) => Subtopics.FirstOrDefault(s => s.Key == key);
}

public enum SectionKind
{
    Narrative,
    Table,
}

/// <summary>
/// A named part of 总体情况 (the 2021 notice names five); printed as a level-2 heading, ours unless the data
/// gives its own. <see cref="Words"/>: words one of which a heading of the data's own must contain to name
/// this aspect (R8); empty: <see cref="Topic"/>.
/// </summary>
public sealed record SubtopicDefinition(string Key, string Heading, string Topic, IReadOnlyList<string> Words)
{
    public IReadOnlyList<string> TopicWords => Words.Count > 0 ? Words : [Topic];
}

/// <param name="Subtopic">Empty: anywhere in the section.</param>
public sealed record GovernmentContentDefinition(string Subtopic, string Description, IReadOnlyList<string> Keywords);

/// <summary>
/// R28: the printed title contains the agency's name, the report year and <see cref="Phrase"/>. The name may
/// lose an ending of <see cref="DropEndings"/> (云溪区2024年… for 云溪区人民政府) or write it as one of its
/// <see cref="Abbreviations"/> (人民政府 → 政府).
/// </summary>
public sealed record TitleDefinition(string Phrase, IReadOnlyList<string> DropEndings, IReadOnlyDictionary<string, IReadOnlyList<string>> Abbreviations);
