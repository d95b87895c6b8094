using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Loading;

/// <summary>
/// Stage 1: a data file (data/&lt;agency&gt;/&lt;year&gt;.yaml) to a <see cref="ReportModel"/>. Reports
/// every problem it finds with position and field path; returns null when the file has errors.
/// </summary>
public sealed class ReportReader(FormatCatalog formats)
{
    /// <summary>Roll-ups may contain roll-ups; deeper than this is a cycle or a mistake.</summary>
    private const int MaxRollupDepth = 4;

    // Allowed keys come from the field catalog, which also generates the JSON Schema.
    private static readonly string[] TopKeys = DataFields.Keys(DataFields.Top);
    private static readonly string[] AgencyKeys = DataFields.Keys(DataFields.Agency);
    private static readonly string[] ContactKeys = DataFields.Keys(DataFields.Contact);
    private static readonly string[] SectionKeys = DataFields.Keys(DataFields.Section);
    private static readonly string[] TableKeys = DataFields.Keys(DataFields.Table);
    private static readonly string[] StatsTableKeys = DataFields.Keys(DataFields.StatisticsTable);
    private static readonly string[] AckKeys = DataFields.Keys(DataFields.Acknowledge);

    public ReportModel? Read(string file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        if (YamlSource.RefuseOversized(file, diagnostics)) return null;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ErrorCodes.Unreadable, new SourceSpan(file, 0, 0), "", Messages.CannotRead(e.Message));
            return null;
        }
        return Read(file, bytes, diagnostics);
    }

    public ReportModel? Read(string file, byte[] bytes, DiagnosticBag diagnostics) => Read(file, bytes, diagnostics, 0);

    private ReportModel? Read(string file, byte[] bytes, DiagnosticBag diagnostics, int rollupDepth)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var root = YamlSource.Parse(file, bytes, diagnostics);
        if (root is null) return null;
        var r = new NodeReader(file, diagnostics);
        var top = r.Mapping(root, "");
        if (top is null) return null;
        r.CheckKeys(top, "", TopKeys);

        var format = ReadFormat(r, top);
        var agency = ReadAgency(r, top, file);
        var year = r.Integer(top, "year", "", required: true);
        if (year is { } y && (y < 2008 || y > 2100))
            r.Error(ErrorCodes.InvalidValue, top.Get("year")!, "year", Messages.YearOutOfRange(y));
        CheckFileName(r, top, file, agency, year);

        var title = r.TextList(top, "title", "");
        var date = r.Date(top, "date", "");
        var placement = r.Choice(top, "date_placement", "", DataFields.DatePlacements) == "under_title"
            ? DatePlacement.UnderTitle : DatePlacement.Signature;
        var signature = r.TextList(top, "signature", "");
        var contact = ReadContact(r, top);
        var preamble = ReadParagraphs(r, top.Get("preamble"), "preamble");
        var sections = format is { IsFixedOutline: true }
            ? FixedOutline.Read(r, top, format)
            : ReadSections(r, top.Get("sections"), "sections", 1);
        if (format is { IsFixedOutline: false } && top.Get("narrative") is { } stray)
            r.Error(ErrorCodes.UnknownKey, stray, "narrative", Messages.NarrativeNeedsFixedOutline(format.Id), "请改用 sections: 列表。");
        var entered = format is null ? null : ReadStatistics(r, top.Get("statistics"), format, isRollup: top.Get("members") is YamlSequence);
        var history = format is null ? new Dictionary<int, Statistics>() : ReadHistory(r, top.Get("history"), format);
        var statsTable = format is null ? null : ReadStatisticsTable(r, top, format, agency, year);
        var acknowledgements = ReadAcknowledgements(r, top.Get("acknowledge"));
        var memberIds = ReadMemberIds(r, top);
        if (!memberIds.IsEmpty && top.Get("statistics") is { } typed && typed is not YamlScalar { IsNull: true })
            r.Error(ErrorCodes.InvalidValue, typed, "statistics", "汇总报告的统计数据由各成员自动汇总，不能另行填写", "请删除 statistics，或删除 members。");

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || format is null || agency is null || year is null || entered is null)
            return null;

        var members = ImmutableArray<MemberReport>.Empty;
        if (!memberIds.IsEmpty)
            members = SumMembers(file, format, year.Value, memberIds, entered, rollupDepth, diagnostics);

        var statistics = new Statistics(format.Tables.ToImmutableDictionary(
            t => t.Id, t => StatTable.Compute(t, entered.GetValueOrDefault(t.Id) ?? new Dictionary<(string, string), decimal>())));

        var charted = new ChartResolver(format, statistics, file, year.Value, rollupDepth == 0 ? ReadOtherYear : null, history, r).Resolve(sections);
        var (numberedSections, figureIds) = FigureNumbering.Assign(charted);

        var model = new ReportModel
        {
            SourceFile = file,
            Format = format,
            Agency = agency,
            Year = year.Value,
            TitleLines = title.IsEmpty ? ImmutableArray.Create($"{agency.Name}{year}年政府信息公开工作年度报告") : title,
            Date = date,
            DatePlacement = placement,
            Signature = signature,
            Contact = contact,
            Preamble = ResolveCitations(r, preamble, statistics, figureIds).Cast<NarrativeParagraph>().ToImmutableArray(),
            Sections = ResolveCitations(r, numberedSections, statistics, figureIds).Cast<Section>().ToImmutableArray(),
            Statistics = statistics,
            StatisticsTable = statsTable,
            Acknowledgements = acknowledgements,
            Members = members,
            Spans = new FieldSpans(file, r.Spans),
        };
        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : model;
    }

    private FormatDefinition? ReadFormat(NodeReader r, YamlMapping top)
    {
        var id = r.Text(top, "format", "", required: true);
        if (id is null) return null;
        var format = formats.Find(id);
        if (format is null)
        {
            var known = formats.FormatIds.ToList();
            var suggestion = Suggest.Closest(id, known);
            r.Error(ErrorCodes.UnknownFormat, top.Get("format")!, "format", Messages.UnknownFormat(id, known),
                suggestion is null ? "" : Messages.DidYouMean(suggestion));
        }
        return format;
    }

    private static Agency? ReadAgency(NodeReader r, YamlMapping top, string file)
    {
        var node = top.Get("agency");
        // "agency: ~" is as missing as no agency at all; without this the file was skipped with no error.
        if (node is null or YamlScalar { IsNull: true }) { r.MissingField(top, "agency", "agency"); return null; }
        var m = r.Mapping(node, "agency");
        if (m is null) return null;
        r.CheckKeys(m, "agency", AgencyKeys);
        var id = r.Text(m, "id", "agency", required: true, allowNumber: false);
        var name = r.Text(m, "name", "agency", required: true);
        var kind = r.Choice(m, "kind", "agency", DataFields.AgencyKinds, required: true);
        var level = r.Choice(m, "level", "agency", DataFields.AgencyLevels);
        if (id is not null && !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            r.Error(ErrorCodes.InvalidValue, m.Get("id")!, "agency.id", Messages.BadAgencyId(id));
            id = null;
        }
        if (id is null || name is null || kind is null) return null;
        return new Agency(id, name, kind == "government" ? AgencyKind.Government : AgencyKind.Department, level);
    }

    /// <summary>data/&lt;agency&gt;/&lt;year&gt;.yaml: the path and the content must agree, or outputs would overwrite each other.</summary>
    private static void CheckFileName(NodeReader r, YamlMapping top, string file, Agency? agency, int? year)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)));
        var stem = Path.GetFileNameWithoutExtension(file);
        if (agency is not null && int.TryParse(stem, out _) && folder is not null && folder != agency.Id)
            r.Error(ErrorCodes.FileMismatch, top.Get("agency")!, "agency.id", Messages.AgencyFolderMismatch(agency.Id, folder));
        if (year is not null && int.TryParse(stem, out var fileYear) && fileYear != year)
            r.Error(ErrorCodes.FileMismatch, top.Get("year")!, "year", Messages.YearFileMismatch(year.Value, Path.GetFileName(file)));
    }

    private static Contact ReadContact(NodeReader r, YamlMapping top)
    {
        var m = r.Mapping(top.Get("contact"), "contact");
        if (m is null) return new Contact();
        r.CheckKeys(m, "contact", ContactKeys);
        return new Contact
        {
            Office = r.Text(m, "office", "contact"),
            Address = r.Text(m, "address", "contact"),
            Postcode = r.Text(m, "postcode", "contact", allowNumber: false),
            Phone = r.Text(m, "phone", "contact", allowNumber: false),
            Fax = r.Text(m, "fax", "contact", allowNumber: false),
            Email = r.Text(m, "email", "contact"),
            Website = r.Text(m, "website", "contact"),
        };
    }

    private static ImmutableArray<BodyItem> ReadParagraphs(NodeReader r, YamlNode? node, string path)
    {
        if (node is YamlScalar single && !single.IsNull)
            return r.Text(single, path) is { } t ? ImmutableArray.Create<BodyItem>(new NarrativeParagraph(t, single.Span)) : ImmutableArray<BodyItem>.Empty;
        var seq = r.Sequence(node, path);
        if (seq is null) return ImmutableArray<BodyItem>.Empty;
        var items = ImmutableArray.CreateBuilder<BodyItem>();
        for (var i = 0; i < seq.Items.Count; i++)
            if (r.Text(seq.Items[i], $"{path}[{i}]") is { } t) items.Add(new NarrativeParagraph(t, seq.Items[i].Span));
        return items.ToImmutable();
    }

    private static ImmutableArray<BodyItem> ReadSections(NodeReader r, YamlNode? node, string path, int level)
    {
        var seq = r.Sequence(node, path);
        if (seq is null) return ImmutableArray<BodyItem>.Empty;
        var result = ImmutableArray.CreateBuilder<BodyItem>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (r.Mapping(seq.Items[i], itemPath) is { } m && ReadSection(r, m, itemPath, level) is { } s)
                result.Add(s);
        }
        return result.ToImmutable();
    }

    private static Section? ReadSection(NodeReader r, YamlMapping m, string path, int level)
    {
        r.CheckKeys(m, path, SectionKeys);
        if (level > 4) r.Error(ErrorCodes.InvalidValue, m, path, Messages.TooDeepSections);
        var heading = r.Text(m, "heading", path, required: true);
        var body = ReadBody(r, m.Get("body"), NodeReader.Join(path, "body"), level);
        return heading is null ? null : new Section(heading, level, body, m.Span);
    }

    internal static ImmutableArray<BodyItem> ReadBody(NodeReader r, YamlNode? node, string path, int level)
    {
        var seq = r.Sequence(node, path);
        if (seq is null) return ImmutableArray<BodyItem>.Empty;
        var items = ImmutableArray.CreateBuilder<BodyItem>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            switch (seq.Items[i])
            {
                case YamlScalar s:
                    if (r.Text(s, itemPath) is { } text) items.Add(new NarrativeParagraph(text, s.Span));
                    break;
                case YamlMapping m when m.Get("heading") is not null:
                    if (ReadSection(r, m, itemPath, level + 1) is { } sub) items.Add(sub);
                    break;
                case YamlMapping m when m.Get("figure") is not null:
                    if (FigureReader.ReadItem(r, m, itemPath) is { } figure) items.Add(figure);
                    break;
                case YamlMapping m when m.Get("table") is not null:
                    if (ReadInlineTable(r, m, itemPath) is { } table) items.Add(table);
                    break;
                default:
                    r.Error(ErrorCodes.WrongType, seq.Items[i], itemPath, Messages.BodyItemShape);
                    break;
            }
        }
        return items.ToImmutable();
    }

    private static InlineTable? ReadInlineTable(NodeReader r, YamlMapping item, string path)
    {
        r.CheckKeys(item, path, new[] { "table" });
        var m = r.Mapping(item.Get("table"), NodeReader.Join(path, "table"));
        if (m is null) return null;
        var tablePath = NodeReader.Join(path, "table");
        r.CheckKeys(m, tablePath, TableKeys);
        // A published table may have empty cells (written ""); only structure is an error here.
        string Cell(YamlNode c, string cellPath) => c is YamlScalar { IsNull: true } or YamlScalar { Value.Length: 0 } ? "" : r.Text(c, cellPath) ?? "";
        var header = r.Sequence(m.Get("header"), NodeReader.Join(tablePath, "header")) is { } heads
            ? heads.Items.Select((c, j) => Cell(c, $"{tablePath}.header[{j}]")).ToImmutableArray()
            : r.TextList(m, "header", tablePath);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        if (r.Sequence(m.Get("rows"), NodeReader.Join(tablePath, "rows")) is { } seq)
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var rowPath = $"{tablePath}.rows[{i}]";
                if (r.Sequence(seq.Items[i], rowPath) is not { } cells) continue;
                rows.Add(cells.Items.Select((c, j) => Cell(c, $"{rowPath}[{j}]")).ToImmutableArray());
            }
        return new InlineTable(header, rows.ToImmutable(), item.Span);
    }

    /// <summary>
    /// statistics: with one table in the format, keys are its rows; otherwise keys are table ids.
    /// A row is a number (single-column table) or a mapping of columns.
    /// </summary>
    private static Dictionary<string, Dictionary<(string, string), decimal>>? ReadStatistics(NodeReader r, YamlNode? node, FormatDefinition format, string root = "statistics", bool isRollup = false)
    {
        var result = format.Tables.ToDictionary(t => t.Id, _ => new Dictionary<(string, string), decimal>());
        var m = r.Mapping(node, root);
        if (m is not null)
        {
            if (format.Tables.Count == 1)
                ReadTable(r, m, root, format.Tables[0], result[format.Tables[0].Id], format);
            else
            {
                r.CheckKeys(m, root, format.Tables.Select(t => t.Id).ToList());
                foreach (var table in format.Tables)
                    if (r.Mapping(m.Get(table.Id), $"{root}.{table.Id}") is { } tm)
                        ReadTable(r, tm, $"{root}.{table.Id}", table, result[table.Id], format);
            }
        }
        foreach (var table in format.Tables)
        {
            var path = format.Tables.Count == 1 ? root : $"{root}.{table.Id}";
            // A roll-up's cells come from its members; history states only what the report mentions.
            if (table.SkippedCell == "required" && root == "statistics" && !isRollup)
                RequireCells(r, m, table, result[table.Id], path, format.Applies("R6") ? "R6" : ErrorCodes.RequiredCell);
            else if (table.SkippedCell == "zero")
                FillZeros(table, result[table.Id]);
        }
        return result;
    }

    private static void ReadTable(NodeReader r, YamlMapping m, string path, TableDefinition table, Dictionary<(string, string), decimal> values, FormatDefinition format)
    {
        // Formats that list R5 report bad numbers under that rule id, so users can look it up (reportgen explain R5).
        var valueCode = format.Applies("R5") ? "R5" : null;
        foreach (var (keyNode, valueNode) in m.Entries)
        {
            var rowPath = $"{path}.{keyNode.Value}";
            var row = table.FindRow(keyNode.Value);
            if (row is null)
            {
                var suggestion = Suggest.Closest(keyNode.Value, table.Rows.Where(x => x.Data).Select(x => x.Key));
                r.Error(ErrorCodes.UnknownStatistic, keyNode, rowPath, Messages.UnknownRow(keyNode.Value, table.Name),
                    suggestion is null ? "" : $"{Messages.DidYouMean(suggestion)}（{table.FindRow(suggestion)!.Label}）");
                continue;
            }
            if (!row.Data)
            {
                r.Error(ErrorCodes.UnknownStatistic, keyNode, rowPath, Messages.NotADataRow(row.Label));
                continue;
            }
            if (row.Derived is not null && table.DerivedInput != "allowed")
            {
                r.Error(row.Rule ?? ErrorCodes.DerivedTyped, keyNode, rowPath, Messages.DerivedIsComputed(table.Columns.Count > 1 ? $"{table.DisplayName}／{row.Label}" : row.Label), "请删除这一项。");
                continue;
            }
            var rowColumns = table.ColumnsOf(row);
            if (rowColumns.Count == 1 && valueNode is not YamlMapping)
            {
                var only = rowColumns[0];
                if (r.Count(valueNode, rowPath, table.CellType(row, only), valueCode) is { } v) values[(row.Key, only.Key)] = v;
                continue;
            }
            if (r.Mapping(valueNode, rowPath) is not { } cols) continue;
            foreach (var (colNode, cellNode) in cols.Entries)
            {
                var cellPath = $"{rowPath}.{colNode.Value}";
                var col = table.FindColumn(colNode.Value);
                if (col is null || !table.HasCell(row, col.Key))
                {
                    var suggestion = Suggest.Closest(colNode.Value, rowColumns.Select(c => c.Key));
                    r.Error(ErrorCodes.UnknownStatistic, colNode, cellPath, Messages.UnknownColumn(colNode.Value, table.Name),
                        suggestion is null ? "" : Messages.DidYouMean(suggestion));
                    continue;
                }
                if (col.Derived is not null && table.DerivedInput != "allowed")
                {
                    r.Error(col.Rule ?? ErrorCodes.DerivedTyped, colNode, cellPath, Messages.DerivedIsComputed($"{table.DisplayName}／{row.Label}／{col.Label}"), "请删除这一项。");
                    continue;
                }
                if (r.Count(cellNode, cellPath, table.CellType(row, col), valueCode) is { } v) values[(row.Key, col.Key)] = v;
            }
        }
    }

    private static void RequireCells(NodeReader r, YamlMapping? m, TableDefinition table, Dictionary<(string, string), decimal> values, string path, string code)
    {
        foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
            foreach (var col in table.ColumnsOf(row).Where(c => c.Derived is null))
                if (!values.ContainsKey((row.Key, col.Key)))
                {
                    // Point at the row when it was written, else at the table, else at the file.
                    var at = m?.Get(row.Key) ?? (YamlNode?)m ?? new YamlScalar("", YamlDotNet.Core.ScalarStyle.Plain, new SourceSpan(r.File, 1, 1));
                    r.Error(code, at, $"{path}.{row.Key}.{col.Key}", Messages.RequiredCell($"{table.Name}／{row.Label}／{col.Label}"));
                }
    }

    /// <summary>Formats whose skipped cells mean 0 get explicit zeros, so every total is computed over all its parts.</summary>
    private static void FillZeros(TableDefinition table, Dictionary<(string, string), decimal> values)
    {
        foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
            foreach (var col in table.ColumnsOf(row).Where(c => c.Derived is null))
                values.TryAdd((row.Key, col.Key), 0m);
    }

    private static StatisticsTablePrint? ReadStatisticsTable(NodeReader r, YamlMapping top, FormatDefinition format, Agency? agency, int? year)
    {
        var m = r.Mapping(top.Get("statistics_table"), "statistics_table");
        if (m is null) return null;
        r.CheckKeys(m, "statistics_table", StatsTableKeys);
        var tableId = r.Text(m, "table", "statistics_table") ?? format.Tables.FirstOrDefault()?.Id;
        var table = tableId is null ? null : format.FindTable(tableId);
        if (table is null)
        {
            r.Error(ErrorCodes.UnknownStatistic, m, "statistics_table.table", Messages.UnknownTable(tableId ?? ""));
            return null;
        }
        var title = r.Text(m, "title", "statistics_table")
            ?? (table.TitlePattern ?? table.Name).Replace("{agency}", agency?.Name ?? "").Replace("{year}", year?.ToString() ?? "");
        return new StatisticsTablePrint(table.Id, title, r.Text(m, "caption", "statistics_table"), r.Text(m, "filler", "statistics_table"));
    }

    /// <summary>
    /// history: figures of earlier years that this report itself states (e.g. “比2017年多560条”), by
    /// year, in the shape of statistics; used by charts when that year's own data file does not exist.
    /// </summary>
    private static Dictionary<int, Statistics> ReadHistory(NodeReader r, YamlNode? node, FormatDefinition format)
    {
        var result = new Dictionary<int, Statistics>();
        if (r.Mapping(node, "history") is not { } m) return result;
        foreach (var (key, value) in m.Entries)
        {
            var path = $"history.{key.Value}";
            if (!int.TryParse(key.Value, out var year) || year is < 2000 or > 2100)
            {
                r.Error(ErrorCodes.InvalidValue, key, path, Messages.ExpectedInteger(key.Value), "history 的键是年份，如 2017:");
                continue;
            }
            if (ReadStatistics(r, value, format, path) is { } entered)
                result[year] = new Statistics(format.Tables.ToImmutableDictionary(t => t.Id,
                    t => StatTable.Compute(t, entered.GetValueOrDefault(t.Id) ?? new Dictionary<(string, string), decimal>())));
        }
        return result;
    }

    /// <summary>Another year of the same agency, for charts across years; null when its file is missing or has errors.</summary>
    private ReportModel? ReadOtherYear(string file)
        => File.Exists(file) ? Read(file, File.ReadAllBytes(file), new DiagnosticBag(), MaxRollupDepth) : null;

    private static ImmutableArray<(string Id, SourceSpan Span)> ReadMemberIds(NodeReader r, YamlMapping top)
    {
        var seq = r.Sequence(top.Get("members"), "members");
        if (seq is null) return ImmutableArray<(string, SourceSpan)>.Empty;
        var result = ImmutableArray.CreateBuilder<(string, SourceSpan)>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var id = r.Text(seq.Items[i], $"members[{i}]", allowNumber: false);
            if (id is null) continue;
            // Ids name folders: anything that could leave the data folder is refused.
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                r.Error(ErrorCodes.InvalidValue, seq.Items[i], $"members[{i}]", Messages.BadAgencyId(id));
            else result.Add((id, seq.Items[i].Span));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// A roll-up's statistics are the sums of its members' base cells (data/&lt;member&gt;/&lt;year&gt;.yaml);
    /// totals are then derived as for any report. Missing or unusable members are recorded for the checker.
    /// </summary>
    private ImmutableArray<MemberReport> SumMembers(string file, FormatDefinition format, int year,
        ImmutableArray<(string Id, SourceSpan Span)> memberIds, Dictionary<string, Dictionary<(string, string), decimal>> entered,
        int rollupDepth, DiagnosticBag diagnostics)
    {
        var dataRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(file)))!;
        var result = ImmutableArray.CreateBuilder<MemberReport>();
        foreach (var (id, span) in memberIds)
        {
            var memberFile = Path.Combine(dataRoot, id, $"{year}.yaml");
            if (Directory.Exists(Path.Combine(dataRoot, id)) && !Building.RealPath.IsInside(dataRoot, Path.Combine(dataRoot, id)))
            {
                diagnostics.Error(ErrorCodes.InvalidValue, span, "members", $"成员“{id}”的文件夹是指向数据文件夹之外的链接，已拒绝");
                continue;
            }
            if (!File.Exists(memberFile))
            {
                var other = Directory.Exists(Path.Combine(dataRoot, id))
                    ? Directory.GetFiles(Path.Combine(dataRoot, id), "*.yaml").Select(Path.GetFileNameWithoutExtension).Select(s => int.TryParse(s, out var y) ? y : (int?)null).FirstOrDefault(y => y is not null)
                    : null;
                result.Add(new MemberReport(id, memberFile, other is null ? MemberStatus.Missing : MemberStatus.WrongYear, span, other));
                continue;
            }
            var memberDiagnostics = new DiagnosticBag();
            var member = rollupDepth >= MaxRollupDepth ? null : Read(memberFile, File.ReadAllBytes(memberFile), memberDiagnostics, rollupDepth + 1);
            if (member is null)
            {
                result.Add(new MemberReport(id, memberFile, MemberStatus.Invalid, span));
                continue;
            }
            if (member.Format.Id != format.Id)
            {
                result.Add(new MemberReport(id, memberFile, MemberStatus.WrongFormat, span));
                continue;
            }
            if (member.Year != year)
            {
                result.Add(new MemberReport(id, memberFile, MemberStatus.WrongYear, span, member.Year));
                continue;
            }
            foreach (var table in format.Tables)
            {
                var target = entered[table.Id];
                var source = member.Statistics.Find(table.Id)!;
                foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
                    foreach (var col in table.Columns.Where(c => c.Derived is null))
                    {
                        var cell = source.Cell(row.Key, col.Key);
                        if (!cell.IsReported) continue;
                        target[(row.Key, col.Key)] = target.GetValueOrDefault((row.Key, col.Key)) + cell.Value;
                    }
            }
            result.Add(new MemberReport(id, memberFile, MemberStatus.Included, span, member.Year));
        }
        return result.ToImmutable();
    }

    private ImmutableArray<Acknowledgement> ReadAcknowledgements(NodeReader r, YamlNode? node)
    {
        var seq = r.Sequence(node, "acknowledge");
        if (seq is null) return ImmutableArray<Acknowledgement>.Empty;
        var result = ImmutableArray.CreateBuilder<Acknowledgement>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var path = $"acknowledge[{i}]";
            if (r.Mapping(seq.Items[i], path) is not { } m) continue;
            r.CheckKeys(m, path, AckKeys);
            var rule = r.Text(m, "rule", path, required: true);
            var reason = r.Text(m, "reason", path, required: true);
            if (rule is not null && !formats.Rules.ContainsKey(rule))
            {
                var suggestion = Suggest.Closest(rule, formats.Rules.Keys);
                r.Error(ErrorCodes.UnknownRule, m.Get("rule")!, $"{path}.rule", Messages.UnknownRule(rule), suggestion is null ? "" : Messages.DidYouMean(suggestion));
                continue;
            }
            if (rule is not null && reason is not null)
                result.Add(new Acknowledgement(rule, r.Text(m, "field", path), reason, m.Span, r.Text(m, "published", path)));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<BodyItem> ResolveCitations(NodeReader r, ImmutableArray<BodyItem> items, Statistics statistics, IReadOnlyDictionary<string, int> figures)
    {
        var builder = ImmutableArray.CreateBuilder<BodyItem>(items.Length);
        foreach (var item in items)
        {
            builder.Add(item switch
            {
                NarrativeParagraph p when Citations.MayContain(p.Text) => p with
                {
                    Text = Citations.Resolve(p.Text, statistics, figures, (reference, wellFormed) =>
                        r.Diagnostics.Error(ErrorCodes.Citation, p.Span, "",
                            wellFormed ? Messages.UnknownCitation(reference) : Messages.BadCitation(reference), Messages.CitationHint)),
                },
                Section s => s with { Body = ResolveCitations(r, s.Body, statistics, figures) },
                _ => item,
            });
        }
        return builder.ToImmutable();
    }
}
