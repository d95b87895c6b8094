using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Parsing;

namespace ReportGen.Formats;

/// <summary>
/// format.yaml → <see cref="FormatDefinition"/>: every key, type and choice checked, every reference
/// (rows, columns, tables, sections, rules, cells, patterns) resolved, each problem a diagnostic at
/// its line and column in the format.yaml. A definition with errors is not returned.
/// </summary>
public sealed partial class FormatReader
{
    private static readonly string[] TopKeys = ["id", "name", "template", "templates_from", "outline", "first_year", "last_year", "basis",
        "deadlines", "rules", "rule_severity", "tables", "sections", "lexicon", "narrative_figures", "cross_year", "fee_statement", "applicant_breakdown", "title_rule"];
    private static readonly string[] TableKeys = ["id", "name", "short_name", "title_pattern", "caption_before", "filler_label", "header",
        "columns", "rows", "skipped_cell", "checks", "derived_input", "grid_columns", "label_columns", "header_cells", "blocks", "carry_over"];
    private static readonly string[] ColumnKeys = ["key", "label", "derived", "rule", "printed", "value_type"];
    private static readonly string[] RowKeys = ["key", "label", "level", "unit", "data", "parent", "relation", "derived", "rule", "value_type",
        "note", "group", "cells", "printed"];
    private static readonly string[] HeaderCellKeys = ["row", "col", "rowspan", "colspan", "text"];
    private static readonly string[] BlockKeys = ["key", "caption", "label_header", "columns", "rows"];
    private static readonly string[] CheckKeys = ["rule", "kind", "left", "right", "severity", "when_right_blank", "left_rows"];
    private static readonly string[] SectionKeys = ["key", "heading", "kind", "table", "subtopics", "government_content"];
    private static readonly string[] SubtopicKeys = ["key", "heading", "topic", "words"];
    private static readonly string[] GovernmentContentKeys = ["subtopic", "description", "keywords"];
    private static readonly string[] NarrativeFigureKeys = ["name", "pattern", "cells", "unit"];
    private static readonly string[] CrossYearKeys = ["rule", "kind", "table", "this", "previous", "rows", "stock", "added", "removed"];
    private static readonly string[] FeeKeys = ["section", "keywords", "trigger_cell", "notice_keywords"];
    private static readonly string[] BreakdownKeys = ["table", "natural_pattern", "legal_pattern", "total_pattern", "natural_column", "legal_column", "rows"];
    private static readonly string[] CarryOverKeys = ["from_row", "to_row"];
    private static readonly string[] DeadlineKeys = ["government", "department"];

    private static readonly Dictionary<string, OutlineKind> Outlines = new() { ["free"] = OutlineKind.Free, ["fixed"] = OutlineKind.Fixed };
    private static readonly Dictionary<string, SkippedCell> SkippedCells = new() { ["not_reported"] = SkippedCell.NotReported, ["zero"] = SkippedCell.Zero, ["required"] = SkippedCell.Required };
    private static readonly Dictionary<string, DerivedInput> DerivedInputs = new() { ["forbidden"] = DerivedInput.Forbidden, ["allowed"] = DerivedInput.Allowed };
    private static readonly Dictionary<string, CellType> CellTypes = new() { ["integer"] = CellType.Integer, ["decimal"] = CellType.Decimal, ["signed_integer"] = CellType.SignedInteger };
    private static readonly Dictionary<string, RowRelation> Relations = new() { ["part_of"] = RowRelation.PartOf, ["subset_of"] = RowRelation.SubsetOf, ["none"] = RowRelation.None };
    private static readonly Dictionary<string, CheckKind> CheckKinds = new() { ["at_most"] = CheckKind.AtMost, ["at_most_sum"] = CheckKind.AtMostSum, ["identity"] = CheckKind.Identity };
    private static readonly Dictionary<string, Severity> Severities = new() { ["error"] = Severity.Error, ["warning"] = Severity.Warning };
    private static readonly Dictionary<string, BlankHandling> Blanks = new() { ["skip"] = BlankHandling.Skip, ["zero"] = BlankHandling.Zero };
    private static readonly Dictionary<string, SectionKind> SectionKinds = new() { ["narrative"] = SectionKind.Narrative, ["table"] = SectionKind.Table };
    private static readonly Dictionary<string, CrossYearKind> CrossYearKinds = new() { ["carry_over"] = CrossYearKind.CarryOver, ["stock"] = CrossYearKind.Stock };

    private readonly NodeReader _r;
    private readonly string _folder;
    private readonly Func<string, bool> _formatExists;
    private int _errorsBefore;

    private FormatReader(string file, string folder, DiagnosticBag diagnostics, Func<string, bool> formatExists)
    {
        _r = new NodeReader(file, diagnostics);
        _folder = folder;
        _formatExists = formatExists;
    }

    /// <param name="formatExists">Whether another format id names a format folder (for <c>templates_from</c>).</param>
    public static FormatDefinition? Read(string file, byte[] bytes, string folder, DiagnosticBag diagnostics, Func<string, bool> formatExists)
    {
        var reader = new FormatReader(file, folder, diagnostics, formatExists) { _errorsBefore = diagnostics.Items.Count(d => d.IsError) };
        var root = YamlSource.Parse(file, bytes, diagnostics);
        if (root is null) return null;
        var format = reader.ReadFormat(root);
        return diagnostics.Items.Count(d => d.IsError) > reader._errorsBefore ? null : format;
    }

    private FormatDefinition? ReadFormat(YamlNode root)
    {
        var top = _r.Mapping(root, "");
        if (top is null) return null;
        _r.CheckKeys(top, "", TopKeys);
        var id = Text(top, "id", "", required: true);
        var name = Text(top, "name", "", required: true);
        var tables = List(top, "tables", "", ReadTable);
        Unique(tables, t => t.Value.Id, "tables", "id");
        var tableDefs = tables.Select(t => t.Value).ToList();
        foreach (var (table, node, path) in tables) ValidateTable(table, node, path);
        var sections = List(top, "sections", "", (m, p) => ReadSection(m, p, tableDefs));
        Unique(sections, s => s.Value.Key, "sections", "key");
        var sectionDefs = sections.Select(s => s.Value).ToList();
        var crossYear = List(top, "cross_year", "", (m, p) => ReadCrossYear(m, p, tableDefs));
        // The R9 link is declared once (cross_year); `reportgen new` reads it from the table.
        tableDefs = tableDefs.Select(t => t.CarryOver is not null ? t : crossYear.Select(c => c.Value)
            .Where(c => c.Kind == CrossYearKind.CarryOver && c.Table == t.Id && c.This is not null && c.Previous is not null)
            .Select(c => t with { CarryOver = new CarryOverDefinition(c.Previous!, c.This!) }).FirstOrDefault() ?? t).ToList();
        var templatesFrom = Text(top, "templates_from", "");
        if (templatesFrom is not null && !_formatExists(templatesFrom))
            _r.Report(Catalog.Formats.UnknownFormat, top.Get("templates_from")!, "templates_from", templatesFrom);

        if (id is null || name is null) return null;
        return new FormatDefinition
        {
            Id = id,
            Name = name,
            Template = Text(top, "template", "") ?? "report.sbn",
            TemplatesFrom = templatesFrom,
            Outline = _r.Choice(top, "outline", "", Outlines) ?? OutlineKind.Free,
            FirstYear = _r.Integer(top, "first_year", ""),
            LastYear = _r.Integer(top, "last_year", ""),
            Basis = Text(top, "basis", ""),
            Deadlines = ReadDeadlines(top),
            Rules = RuleList(top, "rules", ""),
            RuleSeverity = ReadRuleSeverity(top),
            Tables = tableDefs,
            Sections = sectionDefs,
            LexiconFile = LexiconFile(top),
            NarrativeFigures = List(top, "narrative_figures", "", (m, p) => ReadNarrativeFigure(m, p, tableDefs)).Select(x => x.Value).ToList(),
            CrossYear = crossYear.Select(c => c.Value).ToList(),
            FeeStatement = _r.Mapping(top.Get("fee_statement"), "fee_statement") is { } fee ? ReadFee(fee, "fee_statement", tableDefs, sectionDefs) : null,
            Title = _r.Mapping(top.Get("title_rule"), "title_rule") is { } title ? ReadTitle(title) : null,
            ApplicantBreakdown = _r.Mapping(top.Get("applicant_breakdown"), "applicant_breakdown") is { } ab ? ReadBreakdown(ab, "applicant_breakdown", tableDefs) : null,
            Folder = _folder,
        };
    }

    private SectionDefinition? ReadSection(YamlMapping m, string path, IReadOnlyList<TableDefinition> tables)
    {
        _r.CheckKeys(m, path, SectionKeys);
        var key = Text(m, "key", path, required: true);
        var heading = Text(m, "heading", path, required: true);
        var kind = _r.Choice(m, "kind", path, SectionKinds) ?? SectionKind.Narrative;
        var table = Text(m, "table", path);
        if (table is not null && tables.All(t => t.Id != table))
            _r.Report(Catalog.Formats.UnknownTable, m.Get("table")!, NodeReader.Join(path, "table"), table);
        if (kind == SectionKind.Table && table is null)
            _r.Report(Catalog.Formats.TableSectionWithoutTable, m, path);
        var subtopics = List(m, "subtopics", path, (s, p) =>
        {
            _r.CheckKeys(s, p, SubtopicKeys);
            var subKey = Text(s, "key", p, required: true);
            var subHeading = Text(s, "heading", p, required: true);
            return subKey is null || subHeading is null ? null : new SubtopicDefinition(subKey, subHeading, Text(s, "topic", p) ?? "", Texts(s, "words", p));
        });
        Unique(subtopics, s => s.Value.Key, NodeReader.Join(path, "subtopics"), "key");
        GovernmentContentDefinition? government = null;
        var govPath = NodeReader.Join(path, "government_content");
        if (_r.Mapping(m.Get("government_content"), govPath) is { } g)
        {
            _r.CheckKeys(g, govPath, GovernmentContentKeys);
            var subtopic = Text(g, "subtopic", govPath, allowEmpty: true) ?? "";
            if (subtopic.Length > 0 && subtopics.All(s => s.Value.Key != subtopic))
                _r.Report(Catalog.Formats.UnknownSubtopic, g.Get("subtopic")!, NodeReader.Join(govPath, "subtopic"), key, subtopic);
            government = new GovernmentContentDefinition(subtopic, Text(g, "description", govPath) ?? "", Texts(g, "keywords", govPath));
        }
        if (key is null || heading is null) return null;
        return new SectionDefinition
        {
            Key = key,
            Heading = heading,
            Kind = kind,
            Table = table,
            Subtopics = subtopics.Select(s => s.Value).ToList(),
            GovernmentContent = government,
        };
    }

    private NarrativeFigureDefinition? ReadNarrativeFigure(YamlMapping m, string path, IReadOnlyList<TableDefinition> tables)
    {
        _r.CheckKeys(m, path, NarrativeFigureKeys);
        var name = Text(m, "name", path, required: true);
        var pattern = Pattern(m, "pattern", path, required: true);
        var cells = Texts(m, "cells", path);
        foreach (var cell in cells) CellReference(cell, m.Get("cells")!, NodeReader.Join(path, "cells"), tables);
        return name is null || pattern is null ? null : new NarrativeFigureDefinition(name, pattern, cells, Text(m, "unit", path));
    }

    /// <summary>A file name beside format.yaml: nothing that could leave the format's folder.</summary>
    private string? LexiconFile(YamlMapping top)
    {
        var name = Text(top, "lexicon", "");
        if (name is null) return null;
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) || name.StartsWith('.') || !name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            _r.Report(Catalog.Formats.BadLexiconFile, top.Get("lexicon")!, "lexicon", name);
            return null;
        }
        return name;
    }

    private CrossYearDefinition? ReadCrossYear(YamlMapping m, string path, IReadOnlyList<TableDefinition> tables)
    {
        _r.CheckKeys(m, path, CrossYearKeys);
        var rule = Rule(m, "rule", path, required: true);
        var kind = _r.Choice(m, "kind", path, CrossYearKinds, required: true);
        var tableId = Text(m, "table", path, required: true);
        var table = tableId is null ? null : tables.FirstOrDefault(t => t.Id == tableId);
        if (tableId is not null && table is null) _r.Report(Catalog.Formats.UnknownTable, m.Get("table")!, NodeReader.Join(path, "table"), tableId);
        var definition = rule is null || kind is null || tableId is null ? null : new CrossYearDefinition
        {
            Rule = rule,
            Kind = kind.Value,
            Table = tableId,
            This = Text(m, "this", path),
            Previous = Text(m, "previous", path),
            Rows = Texts(m, "rows", path),
            Stock = Text(m, "stock", path),
            Added = Text(m, "added", path),
            Removed = Text(m, "removed", path),
        };
        if (definition is not null && table is not null)
        {
            foreach (var (key, field) in new[] { (definition.This, "this"), (definition.Previous, "previous") }.Concat(definition.Rows.Select(r => ((string?)r, "rows"))))
                if (key is not null && table.FindRow(key) is null) _r.Report(Catalog.Formats.UnknownRow, m.Get(field)!, NodeReader.Join(path, field), table.Id, key);
            foreach (var (key, field) in new[] { (definition.Stock, "stock"), (definition.Added, "added"), (definition.Removed, "removed") })
                if (key is not null && table.FindColumn(key) is null) _r.Report(Catalog.Formats.UnknownColumn, m.Get(field)!, NodeReader.Join(path, field), table.Id, key);
        }
        return definition;
    }

    private FeeStatementDefinition? ReadFee(YamlMapping m, string path, IReadOnlyList<TableDefinition> tables, IReadOnlyList<SectionDefinition> sections)
    {
        _r.CheckKeys(m, path, FeeKeys);
        var section = Text(m, "section", path, required: true);
        if (section is not null && sections.All(s => s.Key != section))
            _r.Report(Catalog.Formats.UnknownSection, m.Get("section")!, NodeReader.Join(path, "section"), section);
        var trigger = Text(m, "trigger_cell", path);
        if (trigger is not null) CellReference(trigger, m.Get("trigger_cell")!, NodeReader.Join(path, "trigger_cell"), tables);
        return section is null ? null : new FeeStatementDefinition(section, Texts(m, "keywords", path), trigger, Texts(m, "notice_keywords", path));
    }

    private ApplicantBreakdownDefinition? ReadBreakdown(YamlMapping m, string path, IReadOnlyList<TableDefinition> tables)
    {
        _r.CheckKeys(m, path, BreakdownKeys);
        var tableId = Text(m, "table", path, required: true);
        var natural = Pattern(m, "natural_pattern", path, required: true);
        var legal = Pattern(m, "legal_pattern", path, required: true);
        var total = Pattern(m, "total_pattern", path, required: true);
        var naturalColumn = Text(m, "natural_column", path, required: true);
        var legalColumn = Text(m, "legal_column", path, required: true);
        var rows = Texts(m, "rows", path);
        var table = tableId is null ? null : tables.FirstOrDefault(t => t.Id == tableId);
        if (tableId is not null && table is null) _r.Report(Catalog.Formats.UnknownTable, m.Get("table")!, NodeReader.Join(path, "table"), tableId);
        if (table is not null)
        {
            foreach (var (key, field) in new[] { (naturalColumn, "natural_column"), (legalColumn, "legal_column") })
                if (key is not null && table.FindColumn(key) is null) _r.Report(Catalog.Formats.UnknownColumn, m.Get(field)!, NodeReader.Join(path, field), table.Id, key);
            foreach (var row in rows)
                if (table.FindRow(row) is null) _r.Report(Catalog.Formats.UnknownRow, m.Get("rows")!, NodeReader.Join(path, "rows"), table.Id, row);
        }
        if (tableId is null || natural is null || legal is null || total is null || naturalColumn is null || legalColumn is null) return null;
        return new ApplicantBreakdownDefinition(tableId, natural, legal, total, naturalColumn, legalColumn, rows);
    }

    private TitleDefinition? ReadTitle(YamlMapping m)
    {
        _r.CheckKeys(m, "title_rule", ["phrase", "drop_endings", "abbreviations"]);
        var phrase = Text(m, "phrase", "title_rule", required: true);
        var abbreviations = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (_r.Mapping(m.Get("abbreviations"), "title_rule.abbreviations") is { } a)
            foreach (var (key, _) in a.Entries)
                abbreviations[key.Value] = _r.TextList(a, key.Value, "title_rule.abbreviations");
        return phrase is null ? null : new TitleDefinition(phrase, Texts(m, "drop_endings", "title_rule"), abbreviations);
    }

    private Deadlines? ReadDeadlines(YamlMapping top)
    {
        if (_r.Mapping(top.Get("deadlines"), "deadlines") is not { } m) return null;
        _r.CheckKeys(m, "deadlines", DeadlineKeys);
        var government = MonthDayOf(m, "government");
        var department = MonthDayOf(m, "department");
        return government is null || department is null ? null : new Deadlines(government.Value, department.Value);
    }

    private MonthDay? MonthDayOf(YamlMapping m, string key)
    {
        var text = Text(m, key, "deadlines", required: true);
        if (text is null) return null;
        // Any year will do to validate; 2000 is a leap year, so 02-29 is accepted (and skipped in other years).
        if (DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new MonthDay(d.Month, d.Day);
        _r.Report(Catalog.Formats.BadMonthDay, m.Get(key)!, $"deadlines.{key}", text);
        return null;
    }

    private IReadOnlyDictionary<string, Severity> ReadRuleSeverity(YamlMapping top)
    {
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (_r.Mapping(top.Get("rule_severity"), "rule_severity") is not { } m) return result;
        foreach (var (key, _) in m.Entries)
        {
            if (!IsRule(key.Value)) { _r.Report(Catalog.Formats.UnknownRule, key, $"rule_severity.{key.Value}", key.Value); continue; }
            if (_r.Choice(m, key.Value, "rule_severity", Severities) is { } severity) result[key.Value] = severity;
        }
        return result;
    }

    private IReadOnlyList<string> RuleList(YamlMapping m, string key, string path)
    {
        var rules = Texts(m, key, path);
        foreach (var rule in rules.Where(r => !IsRule(r)))
            _r.Report(Catalog.Formats.UnknownRule, m.Get(key)!, NodeReader.Join(path, key), rule);
        return rules;
    }

    private string? Rule(YamlMapping m, string key, string path, bool required = false)
    {
        var rule = Text(m, key, path, required);
        if (rule is not null && !IsRule(rule)) _r.Report(Catalog.Formats.UnknownRule, m.Get(key)!, NodeReader.Join(path, key), rule);
        return rule;
    }

    private static bool IsRule(string id) => Catalog.Find(id) is { IsRule: true };

    /// <summary>A regex with a named group <c>n</c>, compiled here once so a broken one is a diagnostic, not a crash inside a rule.</summary>
    private string? Pattern(YamlMapping m, string key, string path, bool required)
    {
        var pattern = Text(m, key, path, required);
        if (pattern is null) return null;
        try
        {
            var regex = new Regex(pattern, LinearText.Options);
            if (!regex.GetGroupNames().Contains("n"))
                _r.Report(Catalog.Formats.PatternWithoutNumber, m.Get(key)!, NodeReader.Join(path, key));
        }
        catch (NotSupportedException)
        {
            // Look-arounds, back-references, atomic groups: constructs that can take more than linear time.
            _r.Report(Catalog.Formats.BadPattern, m.Get(key)!, NodeReader.Join(path, key), Catalog.Formats.PatternNotLinear.Text());
        }
        catch (ArgumentException)
        {
            _r.Report(Catalog.Formats.BadPattern, m.Get(key)!, NodeReader.Join(path, key), Catalog.Formats.PatternSyntax.Text());
        }
        return pattern;
    }

    private void CellReference(string reference, YamlNode at, string path, IReadOnlyList<TableDefinition> tables)
    {
        var parts = reference.Split('.');
        if (parts.Length != 3) { _r.Report(Catalog.Formats.BadCell, at, path, reference); return; }
        var table = tables.FirstOrDefault(t => t.Id == parts[0]);
        if (table is null) _r.Report(Catalog.Formats.UnknownTable, at, path, parts[0]);
        else if (table.FindRow(parts[1]) is null) _r.Report(Catalog.Formats.UnknownRow, at, path, table.Id, parts[1]);
        else if (table.FindColumn(parts[2]) is null) _r.Report(Catalog.Formats.UnknownColumn, at, path, table.Id, parts[2]);
    }

    /// <summary>Reads each mapping of the list at <paramref name="key"/>; keeps the node and path of each for later checks.</summary>
    private List<(T Value, YamlMapping Node, string Path)> List<T>(YamlMapping m, string key, string path, Func<YamlMapping, string, T?> read) where T : class
    {
        var result = new List<(T, YamlMapping, string)>();
        var listPath = NodeReader.Join(path, key);
        if (_r.Sequence(m.Get(key), listPath) is not { } seq) return result;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var itemPath = $"{listPath}[{i}]";
            if (_r.Mapping(seq.Items[i], itemPath) is { } item && read(item, itemPath) is { } value) result.Add((value, item, itemPath));
        }
        return result;
    }

    private static List<YamlMapping> Items(YamlMapping m, string key)
        => m.Get(key) is YamlSequence s ? s.Items.OfType<YamlMapping>().ToList() : [];

    private void Unique<T>(IEnumerable<(T Value, YamlMapping Node, string Path)> items, Func<(T Value, YamlMapping Node, string Path), string> key, string where, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            if (!seen.Add(key(item)))
                _r.Report(Catalog.Formats.Duplicate, item.Node.Get(field) ?? item.Node, NodeReader.Join(item.Path, field), key(item), where);
    }

    private string? Text(YamlMapping m, string key, string path, bool required = false, bool allowEmpty = false)
        => _r.Text(m, key, path, required, allowEmpty: allowEmpty);

    private IReadOnlyList<string> Texts(YamlMapping m, string key, string path) => _r.TextList(m, key, path);

    /// <summary>One key or a list of keys (<c>right: carried_forward</c> or <c>right: [a, b]</c>).</summary>
    private IReadOnlyList<string> TextOrTexts(YamlMapping m, string key, string path) => _r.TextList(m, key, path);
}
