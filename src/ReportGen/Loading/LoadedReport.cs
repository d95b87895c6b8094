using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// What Loading hands on: one data file, parsed once, as <see cref="ReportInput"/> (null when it has
/// errors), its diagnostics and draft findings, and the related files it needs — last year's report,
/// its roll-up members, the other years its charts show — each loaded the same way. Everything the
/// model needs is here; the model reads no file.
/// </summary>
public sealed record LoadedReport
{
    public required string File { get; init; }
    /// <summary>The parsed YAML, for what works on the file as written (<c>reportgen new</c>); null when it did not parse.</summary>
    public YamlNode? Tree { get; init; }
    public ReportInput? Input { get; init; }
    /// <summary>Problems found reading the file, its YAML, its fields and its format definition, in reading order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = Array.Empty<Diagnostic>();
    /// <summary>Text still marked <see cref="Drafts.Marker"/>, anywhere in the file (found even when fields have errors).</summary>
    public ImmutableArray<DraftFinding> Drafts { get; init; } = ImmutableArray<DraftFinding>.Empty;
    /// <summary>Values an import marked “【待核对】” in a comment, still to be confirmed.</summary>
    public ImmutableArray<ReviewNote> ReviewNotes { get; init; } = ImmutableArray<ReviewNote>.Empty;
    /// <summary>&lt;year−1&gt;.yaml beside it, for the cross-year rules; null when there is none (or this is itself a related file).</summary>
    public RelatedFile? PreviousYear { get; init; }
    /// <summary>One entry per member the data names, in order.</summary>
    public ImmutableArray<MemberFile> Members { get; init; } = ImmutableArray<MemberFile>.Empty;
    /// <summary>
    /// Members refused anywhere in the roll-up tree (cycles, members counted twice), collected for the report being
    /// loaded, so it names them at once with their path even when they sit in a member's own file.
    /// </summary>
    public ImmutableArray<MemberFile> RollupProblems { get; init; } = ImmutableArray<MemberFile>.Empty;
    /// <summary>The other years its charts show, by year; only loaded for the report being built, not for related files.</summary>
    public IReadOnlyDictionary<int, RelatedFile> OtherYears { get; init; } = new Dictionary<int, RelatedFile>();
    /// <summary>
    /// Every data file the load read (its own, last year's, members', chart years'), by path as named: its bytes, or why it was not
    /// read. Set on the unit a load returns, not on its related units. A build stamp hashes these bytes (the ones the outputs were
    /// made from) instead of reading the files again.
    /// </summary>
    public IReadOnlyDictionary<string, FileRead> DataReads { get; init; } = new Dictionary<string, FileRead>();

    public bool HasErrors => Input is null || Diagnostics.Any(d => d.IsError);
}

/// <summary>A related file: where it is and, when it could be read at all, its own loaded unit.</summary>
public sealed record RelatedFile(string Path, LoadedReport? Report);

/// <summary>A roll-up member as found on disk (data/&lt;member&gt;/&lt;year&gt;.yaml).</summary>
/// <param name="FoundYear">For <see cref="MemberLookup.Missing"/>: a year the member folder does have, if any.</param>
/// <param name="Chain">For <see cref="MemberLookup.Cycle"/> and <see cref="MemberLookup.Duplicate"/>: the agencies from the report being
/// loaded down to this member (a cycle ends where it started; a duplicate is this second way to a member already counted).</param>
/// <param name="FirstChain">For <see cref="MemberLookup.Duplicate"/>: the way the member was reached first.</param>
public sealed record MemberFile(string AgencyId, SourceSpan Span, string Path, MemberLookup Lookup, LoadedReport? Report = null, int? FoundYear = null,
    IReadOnlyList<string>? Chain = null, IReadOnlyList<string>? FirstChain = null);

public enum MemberLookup
{
    /// <summary>Read; see <see cref="MemberFile.Report"/>.</summary>
    Loaded,
    /// <summary>No such file.</summary>
    Missing,
    /// <summary>The member's folder is a link leaving the data folder: refused.</summary>
    FolderOutside,
    /// <summary>The member's file is a link leaving the data folder: refused.</summary>
    FileOutside,
    /// <summary>Exists but was not read: roll-ups nested deeper than the limit, or not a readable file.</summary>
    NotRead,
    /// <summary>The member is the report itself or one of the roll-ups that contain it: refused, not read again.</summary>
    Cycle,
    /// <summary>The member is already counted in this roll-up (listed twice, or reached through two sub-roll-ups): refused, not read again.</summary>
    Duplicate,
}

/// <summary>A text still marked as a draft: where, and its field path.</summary>
public sealed record DraftFinding(SourceSpan Span, string Path);
