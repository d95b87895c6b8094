using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Model;

/// <summary>
/// Stage 2: the model as a pure function of the loaded unit. A roll-up's statistics are the sums of
/// its members' base cells; totals are derived as for any report; charts take their numbers from
/// the statistics (other years from the loaded chart years, else from <c>history:</c>); figures are
/// numbered in document order; every citation is replaced. Reads no file.
/// </summary>
public static class ModelBuilder
{
    /// <summary>The model of <paramref name="unit"/> (null when loading or modelling found errors) with every diagnostic so far, in order.</summary>
    public static BuiltReport Build(LoadedReport unit)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(unit.Diagnostics);
        // Cycles and members counted twice deeper in the roll-up tree, named here with their path (the report's own list is worded by SumMembers).
        foreach (var problem in unit.RollupProblems.Where(p => p.Span.File != unit.File))
            diagnostics.Add(RollupProblem(problem));
        var model = Build(unit, diagnostics);
        var previous = unit.PreviousYear is { } p ? p.Report is { } report ? Build(report, new DiagnosticBag()) : null : null;
        return new BuiltReport(model, diagnostics.Items, previous, unit.PreviousYear?.Path);
    }

    /// <summary>The model alone, reporting into <paramref name="diagnostics"/> only what modelling finds (loading's own diagnostics are the caller's).</summary>
    private static ReportModel? Build(LoadedReport unit, DiagnosticBag diagnostics)
    {
        if (unit.Input is not { } input || unit.Diagnostics.Any(d => d.IsError)) return null;
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var format = input.Format;

        var (members, statistics) = input.IsRollup ? RollUp(unit, input, format, diagnostics) : (ImmutableArray<MemberReport>.Empty, Compute(format, input.Statistics));

        var charts = new ChartResolver(format, statistics, input.SourceFile, input.Year, year => StatisticsOf(unit, input, year), diagnostics);
        var charted = charts.Resolve(input.Sections.CastArray<BodyItem>());
        var (numbered, figureIds) = FigureNumbering.Assign(charted);

        var model = new ReportModel
        {
            SourceFile = input.SourceFile,
            Format = format,
            Agency = input.Agency,
            Year = input.Year,
            TitleLines = input.TitleLines.IsEmpty ? ImmutableArray.Create($"{input.Agency.Name}{input.Year}年政府信息公开工作年度报告") : input.TitleLines,
            Date = input.Date,
            DatePlacement = input.DatePlacement,
            Signature = input.Signature,
            Contact = input.Contact,
            Preamble = Citations.ResolveAll(input.Preamble.CastArray<BodyItem>(), statistics, figureIds, diagnostics).Cast<NarrativeParagraph>().ToImmutableArray(),
            Sections = Citations.ResolveAll(numbered, statistics, figureIds, diagnostics).Cast<Section>().ToImmutableArray(),
            Statistics = statistics,
            StatisticsTable = input.StatisticsTable,
            Acknowledgements = input.Acknowledgements,
            Members = members,
            Spans = input.Spans,
        };
        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : model;
    }

    /// <summary>
    /// A roll-up's members summed into a copy of its entered cells, and its tables computed from that. Only a roll-up writes
    /// into the entered cells; any other report's tables are computed from the cells as read (the same cells in the same order).
    /// </summary>
    private static (ImmutableArray<MemberReport>, Statistics) RollUp(LoadedReport unit, ReportInput input, FormatDefinition format, DiagnosticBag diagnostics)
    {
        var entered = format.Tables.ToDictionary(t => t.Id, t => new Dictionary<(string, string), decimal>(input.Statistics.Of(t.Id), CellKeyComparer.Instance));
        var members = SumMembers(unit, input, entered, diagnostics);
        return (members, Compute(format, entered));
    }

    private static Statistics Compute(FormatDefinition format, IReadOnlyDictionary<string, Dictionary<(string, string), decimal>> entered)
        => new(format.Tables.ToImmutableDictionary(t => t.Id,
            t => StatTable.Compute(t, entered.GetValueOrDefault(t.Id) ?? new Dictionary<(string, string), decimal>())));

    private static Statistics Compute(FormatDefinition format, EnteredStatistics entered)
        => new(format.Tables.ToImmutableDictionary(t => t.Id, t => StatTable.Compute(t, entered.Of(t.Id))));

    /// <summary>Another year's statistics for a chart: its loaded file when it models without errors, else what <c>history:</c> states, else none.</summary>
    private static Statistics? StatisticsOf(LoadedReport unit, ReportInput input, int year)
    {
        if (unit.OtherYears.TryGetValue(year, out var related) && related.Report is { } other && Build(other, new DiagnosticBag()) is { } model)
            return model.Statistics;
        return input.History.TryGetValue(year, out var stated) ? Compute(input.Format, stated) : null;
    }

    private static Diagnostic RollupProblem(MemberFile member)
    {
        var chain = member.Chain ?? [member.AgencyId];
        var path = string.Join(" → ", chain);
        if (member.Lookup == MemberLookup.Duplicate)
            return Catalog.Data.MemberTwice.At(member.Span, "members", member.AgencyId, string.Join(" → ", member.FirstChain ?? []), path);
        return chain.Count == 2 && chain[0] == chain[1]
            ? Catalog.Data.MemberSelf.At(member.Span, "members", member.AgencyId)
            : Catalog.Data.MemberCycle.At(member.Span, "members", member.AgencyId, path);
    }

    /// <summary>
    /// A roll-up's statistics are the sums of its members' base cells; missing or unusable members are
    /// recorded for the checker (R23), members refused as links outside the data folder are errors.
    /// </summary>
    private static ImmutableArray<MemberReport> SumMembers(LoadedReport unit, ReportInput input, Dictionary<string, Dictionary<(string, string), decimal>> entered, DiagnosticBag diagnostics)
    {
        var format = input.Format;
        var result = ImmutableArray.CreateBuilder<MemberReport>();
        foreach (var member in unit.Members)
        {
            switch (member.Lookup)
            {
                case MemberLookup.FolderOutside:
                    diagnostics.Add(Catalog.Data.MemberFolderOutside.At(member.Span, "members", member.AgencyId));
                    continue;
                case MemberLookup.FileOutside:
                    diagnostics.Add(Catalog.Data.MemberFileOutside.At(member.Span, "members", member.AgencyId));
                    continue;
                case MemberLookup.Cycle or MemberLookup.Duplicate:
                    diagnostics.Add(RollupProblem(member));
                    continue;
                case MemberLookup.Missing:
                    result.Add(new MemberReport(member.AgencyId, member.Path, member.FoundYear is null ? MemberStatus.Missing : MemberStatus.WrongYear, member.Span, member.FoundYear));
                    continue;
            }
            var model = member.Report is { } report ? Build(report, new DiagnosticBag()) : null;
            if (model is null)
            {
                result.Add(new MemberReport(member.AgencyId, member.Path, MemberStatus.Invalid, member.Span));
                continue;
            }
            if (model.Format.Id != format.Id)
            {
                result.Add(new MemberReport(member.AgencyId, member.Path, MemberStatus.WrongFormat, member.Span));
                continue;
            }
            if (model.Year != input.Year)
            {
                result.Add(new MemberReport(member.AgencyId, member.Path, MemberStatus.WrongYear, member.Span, model.Year));
                continue;
            }
            foreach (var table in format.Tables)
            {
                var target = entered[table.Id];
                var source = model.Statistics.Find(table.Id)!;
                foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
                    foreach (var col in table.Columns.Where(c => c.Derived is null))
                    {
                        var cell = source.Cell(row.Key, col.Key);
                        if (!cell.IsReported) continue;
                        target[(row.Key, col.Key)] = target.GetValueOrDefault((row.Key, col.Key)) + cell.Value;
                    }
            }
            result.Add(new MemberReport(member.AgencyId, member.Path, MemberStatus.Included, member.Span, model.Year));
        }
        return result.ToImmutable();
    }
}

/// <summary>What the model stage hands on: the model (null on errors), every diagnostic so far, and last year's model for the cross-year rules.</summary>
/// <param name="PreviousYearFile">Last year's file when there is one, even when it did not model (the rules then say why they compared nothing).</param>
public sealed record BuiltReport(ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics, ReportModel? PreviousYear, string? PreviousYearFile);
