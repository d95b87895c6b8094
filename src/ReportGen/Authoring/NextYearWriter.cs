using System.Globalization;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Parsing;

namespace ReportGen.Authoring;

/// <summary>
/// Writes next year's data file from last year's: facts carried over, the year moved on, counts
/// emptied (carry-over rows filled from last year), narrative turned into marked drafts with last
/// year's text kept as comments. Text is written by hand so that the order and comments help staff.
/// </summary>
public sealed class NextYearWriter(FormatCatalog formats)
{
    public const string SchemaModeline = "# yaml-language-server: $schema=../../templates/" + SchemaGenerator.FileName;

    /// <summary>Keys copied as they are.</summary>
    private static readonly HashSet<string> Carried = new(StringComparer.Ordinal)
    {
        "format", "agency", "date_placement", "signature", "contact", "statistics_table",
    };

    private readonly List<string> _lines = new();

    /// <summary>Next year's text, or null (with diagnostics) when last year's file cannot be parsed at all.</summary>
    public string? Write(string previousFile, int year, DiagnosticBag diagnostics)
    {
        _lines.Clear();
        var read = ReportGen.Files.InputFile.Read(ReportGen.Files.FileKind.Data, previousFile);
        if (!read.Ok) throw new ReportGen.Files.FileReadException(read);
        var previous = new ReportLoader(formats).Load(previousFile, read.Content);
        if (previous.Tree is not YamlMapping top)
        {
            // Only what keeps the file from being read at all matters here; its other mistakes are check's to report.
            if (previous.Tree is null) diagnostics.AddRange(previous.Diagnostics);
            else diagnostics.Add(Catalog.Authoring.PreviousNotAMapping.At(new SourceSpan(previousFile, 1, 1), ""));
            return null;
        }
        var previousYear = year - 1;
        var formatId = (top.Get("format") as YamlScalar)?.Value;
        var format = formatId is null ? null : formats.Find(formatId);
        var previousModel = format is null ? null : ModelBuilder.Build(previous).Model;

        _lines.Add(SchemaModeline);
        _lines.Add($"# 由 reportgen new 根据 {Path.GetFileName(previousFile)} 生成。请填写统计数据和标有“{Drafts.Marker}”的内容，");
        _lines.Add("# 填好后运行 reportgen check 检查；仍有“待填写”时 check 给出警告，build 报错不生成报告。");

        var wroteStatistics = false;
        foreach (var (keyNode, value) in top.Entries)
        {
            var key = keyNode.Value;
            var title = DataFields.Find(DataFields.Top, key)?.Title;
            if (title is not null && key is not ("format" or "year")) _lines.Add($"# {title}");
            switch (key)
            {
                case "year":
                    _lines.Add($"year: {year}");
                    break;
                case "date":
                    _lines.Add($"# date: {year + 1}-MM-DD   # 定稿时删去行首“# ”，填写实际成文日期，如 {year + 1}-03-01");
                    break;
                case "title" when value is YamlSequence or YamlScalar:
                    EmitCarried("title:", NextYearTitle(value, previousYear, year), 2);
                    break;
                case "acknowledge":
                    _lines.Add("# 上年的 acknowledge（确认保留的偏差）只针对上年数据，没有带入；如本年仍需保留，请重新填写。");
                    break;
                case "statistics":
                    if (format is not null) { WriteStatistics(format, value, previousModel, Path.GetFileName(previousFile)); wroteStatistics = true; }
                    else EmitCarried("statistics:", value, 2);
                    break;
                case var _ when Carried.Contains(key):
                    EmitCarried($"{YamlText.String(key)}:", value, 2);
                    break;
                default:
                    // preamble, sections, narrative and anything newer: prose to be rewritten every year.
                    EmitDraft($"{YamlText.String(key)}:", value, 0);
                    break;
            }
        }
        if (top.Get("year") is null)
            _lines.Insert(_lines.FindIndex(l => l.StartsWith("format:", StringComparison.Ordinal)) + 1, $"year: {year}");
        if (!wroteStatistics && format is not null)
        {
            _lines.Add("# 统计数据");
            WriteStatistics(format, null, previousModel, Path.GetFileName(previousFile));
        }
        return string.Join("\n", _lines) + "\n";
    }

    private static YamlNode NextYearTitle(YamlNode title, int previousYear, int year)
    {
        YamlScalar Move(YamlScalar s) => s with { Value = s.Value.Replace(previousYear.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture)) };
        return title switch
        {
            YamlScalar s => Move(s),
            YamlSequence seq => seq with { Items = seq.Items.Select(i => i is YamlScalar s ? Move(s) : i).ToList() },
            _ => title,
        };
    }

    private void WriteStatistics(FormatDefinition format, YamlNode? previous, Model.ReportModel? previousModel, string previousName)
    {
        _lines.Add("statistics:");
        var single = format.Tables.Count == 1;
        foreach (var table in format.Tables)
        {
            var indent = single ? 2 : 4;
            if (!single) _lines.Add($"  {table.Id}:   # {table.Name}");
            foreach (var row in table.Rows)
            {
                var pad = new string(' ', indent);
                var unit = row.Unit is null ? "" : $"（{row.Unit}）";
                if (!row.Data) { _lines.Add($"{pad}# {row.Label}"); continue; }
                if (row.Derived is not null) { _lines.Add($"{pad}# {row.Key}：{row.Label}{unit} —— 合计，由工具计算"); continue; }
                var carried = table.CarryOver is { } link && link.ToRow == row.Key
                    ? CarriedValues(table, link, previous, previousModel, single)
                    : null;
                var from = carried is null ? "" : $"，由 {previousName} 的“{table.FindRow(table.CarryOver!.FromRow)?.Label ?? table.CarryOver.FromRow}”带入";
                if (table.IsSingleColumn)
                {
                    var value = carried?.GetValueOrDefault(table.Columns[0].Key);
                    _lines.Add($"{pad}{row.Key}:{(value is null ? "" : " " + value)}   # {row.Label}{unit}{from}");
                    continue;
                }
                _lines.Add($"{pad}{row.Key}:   # {row.Label}{unit}{from}");
                // A row's own columns (table 二's blocks each have theirs), never every column of the table.
                foreach (var col in table.ColumnsOf(row).Where(c => c.Derived is null))
                {
                    var value = carried?.GetValueOrDefault(col.Key);
                    _lines.Add($"{pad}  {col.Key}:{(value is null ? "" : " " + value)}   # {col.Label}");
                }
            }
        }
    }

    /// <summary>Last year's values of the carry-over source row, by column: computed values when last year loads, else as typed.</summary>
    private static Dictionary<string, string>? CarriedValues(TableDefinition table, CarryOverDefinition link, YamlNode? previous, Model.ReportModel? model, bool single)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (model?.Statistics.Find(table.Id) is { } stats && model.Format.FindTable(table.Id)?.FindRow(link.FromRow) is not null)
        {
            foreach (var col in table.Columns.Where(c => c.Derived is null))
            {
                var cell = stats.Cell(link.FromRow, col.Key);
                if (cell.IsReported) result[col.Key] = cell.Value.ToString(CultureInfo.InvariantCulture);
            }
            return result;
        }
        var tableNode = single ? previous : (previous as YamlMapping)?.Get(table.Id);
        var rowNode = (tableNode as YamlMapping)?.Get(link.FromRow);
        if (rowNode is YamlScalar { IsNull: false } s && table.IsSingleColumn) result[table.Columns[0].Key] = s.Value;
        if (rowNode is YamlMapping cols)
            foreach (var (colKey, cellNode) in cols.Entries)
                if (cellNode is YamlScalar { IsNull: false } c && table.FindColumn(colKey.Value) is { Derived: null }) result[colKey.Value] = c.Value;
        return result;
    }

    private void EmitCarried(string prefix, YamlNode node, int childIndent)
    {
        switch (node)
        {
            case YamlScalar s:
                _lines.Add(s.IsNull ? prefix : $"{prefix} {YamlText.Scalar(s.Value, s.IsPlain)}");
                break;
            case YamlMapping { Entries.Count: 0 }:
                _lines.Add($"{prefix} {{}}");
                break;
            case YamlSequence { Items.Count: 0 }:
                _lines.Add($"{prefix} []");
                break;
            case YamlMapping m:
                _lines.Add(prefix);
                EmitEntries(m, childIndent, null);
                break;
            case YamlSequence seq:
                _lines.Add(prefix);
                foreach (var item in seq.Items) EmitItem(item, childIndent);
                break;
        }
    }

    private void EmitItem(YamlNode item, int indent)
    {
        var pad = new string(' ', indent);
        if (item is YamlMapping { Entries.Count: > 0 } m) EmitEntries(m, indent + 2, $"{pad}- ");
        else if (item is YamlSequence row && row.Items.All(i => i is YamlScalar))
            // A table row reads best on one line: - [650条, 525条]
            _lines.Add($"{pad}- [{string.Join(", ", row.Items.Cast<YamlScalar>().Select(c => YamlText.FlowScalar(c.Value, c.IsPlain)))}]");
        else EmitCarried($"{pad}-", item, indent + 2);
    }

    /// <summary>Entries of a mapping at <paramref name="indent"/>; the first one may sit on a list dash.</summary>
    private void EmitEntries(YamlMapping m, int indent, string? firstPrefix)
    {
        var pad = new string(' ', indent);
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var (k, v) = m.Entries[i];
            var lead = i == 0 && firstPrefix is not null ? firstPrefix : pad;
            EmitCarried($"{lead}{YamlText.String(k.Value)}:", v, indent + 2);
        }
    }

    /// <summary>Prose: headings kept, text replaced by one marked draft per block, last year's text kept as comments.</summary>
    private void EmitDraft(string prefix, YamlNode node, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                _lines.Add(prefix);
                break;
            case YamlScalar s:
                _lines.Add($"{prefix} {YamlText.String(Drafts.Paragraph)}");
                _lines.Add($"{pad}# 上年原文：");
                _lines.AddRange(YamlText.Comment(s.Value, pad));
                break;
            case YamlMapping m:
                _lines.Add(prefix);
                EmitDraftEntries(m, indent + 2, null);
                break;
            case YamlSequence seq:
                _lines.Add(seq.Items.Count == 0 ? $"{prefix} []" : prefix);
                var itemPad = new string(' ', indent + 2);
                var drafted = false;
                foreach (var item in seq.Items)
                {
                    if (item is YamlMapping sub && IsProseContainer(sub))
                    {
                        EmitDraftEntries(sub, indent + 4, $"{itemPad}- ");
                        continue;
                    }
                    if (!drafted)
                    {
                        _lines.Add($"{itemPad}- {YamlText.String(Drafts.Paragraph)}");
                        _lines.Add($"{itemPad}# 上年原文：");
                        drafted = true;
                    }
                    if (item is YamlScalar text) _lines.AddRange(YamlText.Comment(text.Value, itemPad));
                    else _lines.AddRange(CommentedOut(item, itemPad));
                    _lines.Add($"{itemPad}#");
                }
                break;
        }
    }

    /// <summary>A sub-section (heading + body) or a named group of prose: walked, not commented out.</summary>
    private static bool IsProseContainer(YamlMapping m) => m.Get("heading") is not null || (m.Get("figure") is null && m.Get("table") is null);

    private void EmitDraftEntries(YamlMapping m, int indent, string? firstPrefix)
    {
        var pad = new string(' ', indent);
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var (k, v) = m.Entries[i];
            var lead = i == 0 && firstPrefix is not null ? firstPrefix : pad;
            var prefix = $"{lead}{YamlText.String(k.Value)}:";
            if (k.Value == "heading") EmitCarried(prefix, v, indent + 2);
            else EmitDraft(prefix, v, indent);
        }
    }

    /// <summary>A figure or table of last year, as inert comment lines a writer can uncomment and update.</summary>
    private IEnumerable<string> CommentedOut(YamlNode item, string pad)
    {
        var start = _lines.Count;
        EmitItem(item, 0);
        var text = _lines.GetRange(start, _lines.Count - start);
        _lines.RemoveRange(start, _lines.Count - start);
        return text.Select(l => $"{pad}#   {l}");
    }
}
