using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// A parsed data file (data/&lt;agency&gt;/&lt;year&gt;.yaml) to a <see cref="ReportInput"/>. Reports every
/// problem it finds with position and field path, in the order the fields are read; returns null
/// when the file has errors.
/// </summary>
internal sealed class InputReader(FormatCatalog formats, NodeReader r)
{
    // Allowed keys come from the field catalog, which also generates the JSON Schema.
    private static readonly string[] TopKeys = DataFields.Keys(DataFields.Top);
    private static readonly string[] AgencyKeys = DataFields.Keys(DataFields.Agency);
    private static readonly string[] ContactKeys = DataFields.Keys(DataFields.Contact);
    private static readonly string[] SectionKeys = DataFields.Keys(DataFields.Section);
    private static readonly string[] TableKeys = DataFields.Keys(DataFields.Table);
    private static readonly string[] StatsTableKeys = DataFields.Keys(DataFields.StatisticsTable);
    private static readonly string[] AckKeys = DataFields.Keys(DataFields.Acknowledge);

    public ReportInput? Read(YamlNode root)
    {
        var diagnostics = r.Diagnostics;
        var file = r.File;
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        // "~", "null" or an empty "---\n..." is a document with nothing in it: an error, never a silent success.
        if (root is YamlScalar { IsNull: true })
        {
            r.Report(Catalog.Files.EmptyDocument, root, "");
            return null;
        }
        var top = r.Mapping(root, "");
        if (top is null)
        {
            if (diagnostics.Items.Count(d => d.IsError) == errorsBefore) r.Report(Catalog.Files.EmptyDocument, root, "");
            return null;
        }
        r.CheckKeys(top, "", TopKeys);

        var format = ReadFormat(top);
        var agency = ReadAgency(top);
        var year = r.Integer(top, "year", "", required: true);
        if (year is { } y && (y < 2008 || y > 2100))
            r.Report(Catalog.Data.YearOutOfRange, top.Get("year")!, "year", y);
        CheckFileName(top, file, agency, year);

        var title = r.TextList(top, "title", "");
        var date = r.Date(top, "date", "");
        var placement = r.Choice(top, "date_placement", "", DataFields.DatePlacements) == "under_title"
            ? DatePlacement.UnderTitle : DatePlacement.Signature;
        var signature = r.TextList(top, "signature", "");
        var contact = ReadContact(top);
        var preamble = ReadParagraphs(top.Get("preamble"), "preamble");
        var sections = format is { IsFixedOutline: true }
            ? FixedOutline.Read(this, top, format)
            : ReadSections(top.Get("sections"), "sections", 1);
        if (format is { IsFixedOutline: false } && top.Get("narrative") is { } stray)
            r.Report(Catalog.Data.NarrativeNeedsFixedOutline, stray, "narrative", format.Id);
        var statistics = new StatisticsReader(r);
        var entered = format is null ? null : statistics.Read(top.Get("statistics"), format, isRollup: top.Get("members") is YamlSequence);
        var history = format is null ? new Dictionary<int, EnteredStatistics>() : ReadHistory(top.Get("history"), format, statistics);
        var statsTable = format is null ? null : ReadStatisticsTable(top, format, agency, year);
        var acknowledgements = ReadAcknowledgements(top.Get("acknowledge"));
        var members = ReadMemberIds(top);
        if (!members.IsEmpty && top.Get("statistics") is { } typed && typed is not YamlScalar { IsNull: true })
            r.Report(Catalog.Data.RollupWithStatistics, typed, "statistics");

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || format is null || agency is null || year is null || entered is null)
            return null;

        return new ReportInput
        {
            SourceFile = file,
            Format = format,
            Agency = agency,
            Year = year.Value,
            TitleLines = title,
            Date = date,
            DatePlacement = placement,
            Signature = signature,
            Contact = contact,
            Preamble = preamble.Cast<NarrativeParagraph>().ToImmutableArray(),
            Sections = sections.Cast<Section>().ToImmutableArray(),
            Statistics = entered,
            History = history,
            StatisticsTable = statsTable,
            Acknowledgements = acknowledgements,
            Members = members,
            Spans = new FieldSpans(file, r.Spans),
        };
    }

    private FormatDefinition? ReadFormat(YamlMapping top)
    {
        var id = r.Text(top, "format", "", required: true);
        if (id is null) return null;
        var load = formats.Load(id);
        // A format that exists but whose definition has mistakes: its own diagnostics say where.
        r.Diagnostics.AddRange(load.Diagnostics);
        if (!load.Exists)
        {
            var known = formats.FormatIds.ToList();
            var suggestion = Suggest.Closest(id, known);
            r.ReportWithHint(Catalog.Data.UnknownFormat, top.Get("format")!, "format", suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion),
                id, Catalog.Phrases.List(known));
        }
        return load.Format;
    }

    private Agency? ReadAgency(YamlMapping top)
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
        if (id is not null && !IsAgencyId(id))
        {
            r.Report(Catalog.Data.BadAgencyId, m.Get("id")!, "agency.id", id);
            id = null;
        }
        if (id is null || name is null || kind is null) return null;
        return new Agency(id, name, kind == "government" ? AgencyKind.Government : AgencyKind.Department, level);
    }

    /// <summary>Ids name folders: anything that could leave the data folder is refused.</summary>
    public static bool IsAgencyId(string id) => id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>data/&lt;agency&gt;/&lt;year&gt;.yaml: the path and the content must agree, or outputs would overwrite each other.</summary>
    private void CheckFileName(YamlMapping top, string file, Agency? agency, int? year)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)));
        var stem = Path.GetFileNameWithoutExtension(file);
        // Outputs are named by agency.id and year: a copy named "2018 - 副本.yaml" or "02018.yaml" beside 2018.yaml
        // would overwrite its outputs, so the name must be the year exactly, not merely parse as it.
        if (agency is not null && folder is not null && folder != agency.Id)
            r.Report(Catalog.Data.AgencyFolderMismatch, top.Get("agency")!, "agency.id", agency.Id, folder);
        if (year is not null && stem != year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            r.Report(Catalog.Data.YearFileMismatch, top.Get("year")!, "year", year.Value, Path.GetFileName(file));
    }

    private Contact ReadContact(YamlMapping top)
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

    private ImmutableArray<BodyItem> ReadParagraphs(YamlNode? node, string path)
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

    private ImmutableArray<BodyItem> ReadSections(YamlNode? node, string path, int level)
    {
        var seq = r.Sequence(node, path);
        if (seq is null) return ImmutableArray<BodyItem>.Empty;
        var result = ImmutableArray.CreateBuilder<BodyItem>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (r.Mapping(seq.Items[i], itemPath) is { } m && ReadSection(m, itemPath, level) is { } s)
                result.Add(s);
        }
        return result.ToImmutable();
    }

    private Section? ReadSection(YamlMapping m, string path, int level)
    {
        r.CheckKeys(m, path, SectionKeys);
        if (level > 4) r.Report(Catalog.Data.TooDeepSections, m, path);
        var heading = r.Text(m, "heading", path, required: true);
        var body = ReadBody(m.Get("body"), NodeReader.Join(path, "body"), level);
        return heading is null ? null : new Section(heading, level, body, m.Span);
    }

    internal NodeReader Nodes => r;

    internal ImmutableArray<BodyItem> ReadBody(YamlNode? node, string path, int level)
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
                    if (ReadSection(m, itemPath, level + 1) is { } sub) items.Add(sub);
                    break;
                case YamlMapping m when m.Get("figure") is not null:
                    if (FigureReader.Read(r, m, itemPath) is { } figure) items.Add(figure);
                    break;
                case YamlMapping m when m.Get("table") is not null:
                    if (ReadInlineTable(m, itemPath) is { } table) items.Add(table);
                    break;
                default:
                    r.Report(Catalog.Data.BodyItemShape, seq.Items[i], itemPath);
                    break;
            }
        }
        return items.ToImmutable();
    }

    private InlineTable? ReadInlineTable(YamlMapping item, string path)
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
        // Size limits belong to the data, judged here with the YAML position: past them the template's loop limit
        // stopped build with an error blamed on our own template (body.sbn), after check had passed.
        var columns = Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(row => row.Length));
        if (columns > InlineTable.MaxColumns)
        {
            r.Report(Catalog.Data.TableTooWide, m, tablePath, columns, InlineTable.MaxColumns);
            return null;
        }
        var cellCount = header.Length + rows.Sum(row => row.Length);
        if (cellCount > InlineTable.MaxCells)
        {
            r.Report(Catalog.Data.TableTooLarge, m, tablePath, rows.Count, cellCount, InlineTable.MaxCells);
            return null;
        }
        return new InlineTable(header, rows.ToImmutable(), item.Span);
    }

    private StatisticsTablePrint? ReadStatisticsTable(YamlMapping top, FormatDefinition format, Agency? agency, int? year)
    {
        var m = r.Mapping(top.Get("statistics_table"), "statistics_table");
        if (m is null) return null;
        r.CheckKeys(m, "statistics_table", StatsTableKeys);
        var tableId = r.Text(m, "table", "statistics_table") ?? format.Tables.FirstOrDefault()?.Id;
        var table = tableId is null ? null : format.FindTable(tableId);
        if (table is null)
        {
            r.Report(Catalog.Data.UnknownTable, m, "statistics_table.table", tableId ?? "");
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
    private Dictionary<int, EnteredStatistics> ReadHistory(YamlNode? node, FormatDefinition format, StatisticsReader statistics)
    {
        var result = new Dictionary<int, EnteredStatistics>();
        if (r.Mapping(node, "history") is not { } m) return result;
        foreach (var (key, value) in m.Entries)
        {
            var path = $"history.{key.Value}";
            if (!int.TryParse(key.Value, out var year) || year is < 2000 or > 2100)
            {
                r.Report(Catalog.Data.HistoryYear, key, path, key.Value);
                continue;
            }
            result[year] = statistics.Read(value, format, path);
        }
        return result;
    }

    private ImmutableArray<MemberId> ReadMemberIds(YamlMapping top)
    {
        var seq = r.Sequence(top.Get("members"), "members");
        if (seq is null) return ImmutableArray<MemberId>.Empty;
        var result = ImmutableArray.CreateBuilder<MemberId>();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var id = r.Text(seq.Items[i], $"members[{i}]", allowNumber: false);
            if (id is null) continue;
            if (!IsAgencyId(id))
                r.Report(Catalog.Data.BadAgencyId, seq.Items[i], $"members[{i}]", id);
            else result.Add(new MemberId(id, seq.Items[i].Span));
        }
        return result.ToImmutable();
    }

    private ImmutableArray<Acknowledgement> ReadAcknowledgements(YamlNode? node)
    {
        var seq = r.Sequence(node, "acknowledge");
        if (seq is null) return ImmutableArray<Acknowledgement>.Empty;
        var result = ImmutableArray.CreateBuilder<Acknowledgement>();
        var rules = Catalog.RuleCodes.Select(c => c.Id).ToList();
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var path = $"acknowledge[{i}]";
            if (r.Mapping(seq.Items[i], path) is not { } m) continue;
            r.CheckKeys(m, path, AckKeys);
            var rule = r.Text(m, "rule", path, required: true);
            var reason = r.Text(m, "reason", path, required: true);
            if (rule is not null && !rules.Contains(rule))
            {
                var suggestion = Suggest.Closest(rule, rules);
                r.ReportWithHint(Catalog.Data.UnknownRule, m.Get("rule")!, $"{path}.rule", suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion), rule);
                continue;
            }
            if (rule is not null && reason is not null)
                result.Add(new Acknowledgement(rule, r.Text(m, "field", path), reason, m.Span, r.Text(m, "published", path)));
        }
        return result.ToImmutable();
    }
}
