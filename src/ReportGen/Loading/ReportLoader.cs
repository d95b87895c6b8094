using System.Collections.Immutable;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// Stage 1: a data file (data/&lt;agency&gt;/&lt;year&gt;.yaml) to a <see cref="LoadedReport"/> — read through
/// the Files layer, parsed once, typed field by field, drafts found in the same tree, and the related
/// files it needs (last year's report, roll-up members, other years its charts show) loaded the same
/// way. From a path, from bytes or from text being edited.
/// </summary>
public sealed class ReportLoader(FormatCatalog formats)
{
    /// <summary>Roll-ups may contain roll-ups; deeper than this is a cycle or a mistake.</summary>
    public const int MaxRollupDepth = 4;

    /// <summary>What a related file is loaded for decides which of its own related files are loaded.</summary>
    private enum Role
    {
        /// <summary>The report being checked or built: members, chart years and last year.</summary>
        Report,
        /// <summary>Last year's report, for the cross-year rules: its members (its statistics are summed), nothing else.</summary>
        PreviousYear,
        /// <summary>A roll-up member: its own members while the nesting allows.</summary>
        Member,
        /// <summary>Another year a chart shows: its own statistics only (members are not read).</summary>
        ChartYear,
    }

    public FormatCatalog Formats => formats;

    public LoadedReport Load(string file)
    {
        var reads = new ReadLog();
        var read = reads.Add(InputFile.Read(FileKind.Data, file));
        var unit = read.Ok ? Load(file, read.Content, Role.Report, 0, walk: null, reads) : Unreadable(read);
        return unit with { DataReads = reads.Reads };
    }

    /// <summary>A data file whose bytes are already at hand; related files are still read from beside <paramref name="file"/>.</summary>
    public LoadedReport Load(string file, byte[] bytes) => Loaded(file, bytes);

    /// <summary>Text being edited (an editor buffer, an importer's draft), as if saved at <paramref name="file"/>.</summary>
    public LoadedReport LoadText(string file, string text) => Loaded(file, Encoding.UTF8.GetBytes(text));

    private LoadedReport Loaded(string file, byte[] bytes)
    {
        var reads = new ReadLog();
        return Load(file, bytes, Role.Report, 0, walk: null, reads) with { DataReads = reads.Reads };
    }

    /// <summary>The data files one load read, each by its path as named (the first read of a path when one is named twice).</summary>
    private sealed class ReadLog
    {
        public Dictionary<string, FileRead> Reads { get; } = new(StringComparer.Ordinal);

        public FileRead Add(FileRead read)
        {
            Reads.TryAdd(read.Path, read);
            return read;
        }
    }

    private static LoadedReport Unreadable(FileRead read)
        => new() { File = read.Path, Diagnostics = [FileDiagnostics.Of(read)] };

    /// <summary>
    /// One roll-up tree being loaded: every agency counted so far (with the way it was reached) and the chain of
    /// roll-ups above the member being looked at. Each agency is read once, so a list repeating a member, a
    /// member listing its parent or a roll-up listing itself is refused at once instead of read again and again.
    /// </summary>
    private sealed class RollupWalk
    {
        public Dictionary<string, IReadOnlyList<string>> Counted { get; } = new(StringComparer.Ordinal);
        public List<string> Chain { get; } = new();
        public List<MemberFile> Problems { get; } = new();
    }

    private LoadedReport Load(string file, byte[] bytes, Role role, int depth, RollupWalk? walk, ReadLog reads)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlSource.Parse(file, bytes, diagnostics);
        var notes = role == Role.Report ? ReviewNotes.Scan(file, bytes) : ImmutableArray<ReviewNote>.Empty;
        if (root is null) return new LoadedReport { File = file, Diagnostics = diagnostics.Items.ToList(), ReviewNotes = notes };
        var input = new InputReader(formats, new NodeReader(file, diagnostics)).Read(root);
        var unit = new LoadedReport
        {
            File = file,
            Tree = root,
            Input = input,
            Diagnostics = diagnostics.Items.ToList(),
            Drafts = DraftScanner.Scan(root),
            ReviewNotes = notes,
        };
        if (input is null) return unit;

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var dataRoot = Path.GetDirectoryName(folder) ?? folder;
        var top = walk is null;
        walk ??= new RollupWalk();
        if (top) walk.Counted[input.Agency.Id] = new[] { input.Agency.Id };
        walk.Chain.Add(input.Agency.Id);
        var members = input.Members.Select(m => FindMember(dataRoot, input.Year, m, role, depth, walk, reads)).ToImmutableArray();
        walk.Chain.RemoveAt(walk.Chain.Count - 1);
        return unit with
        {
            Members = members,
            RollupProblems = top ? walk.Problems.ToImmutableArray() : ImmutableArray<MemberFile>.Empty,
            OtherYears = role == Role.Report ? ChartYears(input).Where(y => y != input.Year)
                .ToDictionary(y => y, y => Related(Path.Combine(folder, $"{y}.yaml"), dataRoot, Role.ChartYear, MaxRollupDepth, reads))
                : new Dictionary<int, RelatedFile>(),
            PreviousYear = role == Role.Report ? RelatedIfPresent(Path.Combine(folder, $"{input.Year - 1}.yaml"), dataRoot, reads) : null,
        };
    }

    /// <summary>data/&lt;member&gt;/&lt;year&gt;.yaml, refused when its folder or file leads out of the data folder, when it closes a cycle or is already counted.</summary>
    private MemberFile FindMember(string dataRoot, int year, MemberId member, Role role, int depth, RollupWalk walk, ReadLog reads)
    {
        var memberFolder = Path.Combine(dataRoot, member.AgencyId);
        var memberFile = Path.Combine(memberFolder, $"{year}.yaml");
        var chain = walk.Chain.Append(member.AgencyId).ToList();
        if (walk.Chain.Contains(member.AgencyId, StringComparer.Ordinal))
            return Refused(new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.Cycle, Chain: chain));
        if (walk.Counted.TryGetValue(member.AgencyId, out var first))
            return Refused(new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.Duplicate, Chain: chain, FirstChain: first));
        walk.Counted[member.AgencyId] = chain;
        if (Directory.Exists(memberFolder) && !RealPath.IsInside(dataRoot, memberFolder))
            return new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.FolderOutside);
        // Read at once when it is to be loaded (a read finds a missing or outside file as a probe does); only probed when not.
        var reading = depth < MaxRollupDepth && role != Role.ChartYear;
        var found = reading ? InputFile.Read(FileKind.Data, memberFile, dataRoot) : InputFile.Probe(FileKind.Data, memberFile, dataRoot);
        // A probe that found the file has no bytes to keep; one that did not says what a read would.
        if (reading || !found.Ok) reads.Add(found);
        if (found.Problem == FileProblem.Missing)
            return new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.Missing, FoundYear: YearFound(memberFolder));
        if (found.Problem == FileProblem.OutsideRoot)
            return new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.FileOutside);
        return reading && found.Ok
            ? new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.Loaded, Load(memberFile, found.Content, Role.Member, depth + 1, walk, reads))
            : new MemberFile(member.AgencyId, member.Span, memberFile, MemberLookup.NotRead);

        MemberFile Refused(MemberFile refused)
        {
            walk.Problems.Add(refused);
            return refused;
        }
    }

    /// <summary>Some year the member folder does have (the first &lt;year&gt;.yaml listed), to say “only 2023” rather than “missing”.</summary>
    private static int? YearFound(string memberFolder)
        => FileTree.Files(memberFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Select(s => int.TryParse(s, out var y) ? y : (int?)null).FirstOrDefault(y => y is not null);

    /// <summary>Last year's file when there is one; named even when it cannot be read, so the rules can say why they compared nothing.</summary>
    private RelatedFile? RelatedIfPresent(string path, string dataRoot, ReadLog reads)
    {
        // One read, not a probe and then a read: a read finds a missing file missing just as a probe does.
        var read = reads.Add(InputFile.Read(FileKind.Data, path, dataRoot));
        return read.Problem == FileProblem.Missing ? null : Related(path, read, Role.PreviousYear, 0, reads);
    }

    private RelatedFile Related(string path, string dataRoot, Role role, int depth, ReadLog reads)
        => Related(path, reads.Add(InputFile.Read(FileKind.Data, path, dataRoot)), role, depth, reads);

    private RelatedFile Related(string path, FileRead read, Role role, int depth, ReadLog reads)
        => new(path, read.Ok ? Load(path, read.Content, role, depth, walk: null, reads) : null);

    private static IEnumerable<int> ChartYears(ReportInput input)
        => Figures(input.Sections).SelectMany(f => f.Request!.Years).Distinct();

    private static IEnumerable<FigureItem> Figures(IEnumerable<BodyItem> items)
    {
        foreach (var item in items)
        {
            if (item is FigureItem { Request: not null } f) yield return f;
            else if (item is Section s)
                foreach (var inner in Figures(s.Body)) yield return inner;
        }
    }
}
