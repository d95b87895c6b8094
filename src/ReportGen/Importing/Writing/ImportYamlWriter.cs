using System.Globalization;
using ReportGen.Authoring;
using ReportGen.Formats;
using ReportGen.Importing.Published;
using ReportGen.Loading;

namespace ReportGen.Importing.Writing;

/// <summary>
/// The draft as a data file in the hand-written style: the schema line first, keys in the usual order,
/// statistics rows with their Chinese labels as comments (flow mappings for plain rows, a line per cell
/// where a cell needs a note), zero cells of tables that count a skipped cell as 0 left out, and every
/// value a person must confirm followed by a “# 【待核对】why” comment.
/// </summary>
public sealed class ImportYamlWriter
{
    private readonly List<string> _lines = new();

    public string Write(ImportDraft draft, string sourceName, SourceKind kind)
    {
        _lines.Clear();
        var format = draft.Format;
        _lines.Add(NextYearWriter.SchemaModeline);
        _lines.Add($"# {draft.AgencyName} {draft.Year} 年政府信息公开工作年度报告 — 由 reportgen import 从 {Comment(sourceName)}（{kind.Chinese()}）导入。");
        if (CountReviews(draft) > 0)
            _lines.Add($"# 导入时无法确定的内容标有“{ReviewNotes.Marker}”：请对照原报告逐一核对，改正后删去该标记，再运行 reportgen check。");
        _lines.Add($"format: {YamlText.String(format.Id)}");
        _lines.Add("agency:");
        Line("  id: " + YamlText.String(draft.AgencyId), null, draft.AgencyIdNote);
        Line("  name: " + YamlText.String(draft.AgencyName), null, draft.AgencyNameNote);
        Line("  kind: " + draft.Kind, draft.KindNote + "（government：人民政府；department：政府部门）", null);
        if (draft.Level is not null) Line("  level: " + draft.Level, draft.LevelNote is null ? "由机关名称推断" : null, draft.LevelNote);
        Line($"year: {draft.Year}", null, draft.YearNote);
        if (draft.TitleLines.Count > 0)
        {
            _lines.Add("title:");
            foreach (var line in draft.TitleLines) _lines.Add("  - " + YamlText.String(line));
        }
        if (draft.Date is { } date) Line($"date: {date:yyyy-MM-dd}", "成文日期", draft.DateNote);
        else _lines.Add($"# date: {draft.Year + 1}-MM-DD   # {ReviewNotes.Marker}原报告中没有找到成文日期，请补填");
        if (draft.DateUnderTitle) _lines.Add("date_placement: under_title   # 成文日期印在标题下方");
        if (draft.Signature.Count > 0 && !(draft.Signature.Count == 1 && draft.Signature[0] == draft.AgencyName && format.IsFixedOutline))
        {
            _lines.Add("signature:   # 发文机关署名");
            foreach (var s in draft.Signature) _lines.Add("  - " + YamlText.String(s));
        }
        if (!draft.Contact.IsEmpty)
        {
            _lines.Add("contact:");
            foreach (var (key, value) in draft.Contact.Entries())
                _lines.Add($"  {key}: " + (key is "postcode" or "phone" or "fax" ? YamlText.Quoted(value) : YamlText.String(value)));
        }
        if (draft.Preamble.Count > 0)
        {
            _lines.Add("preamble:");
            foreach (var p in draft.Preamble) _lines.Add("  - " + YamlText.String(p));
        }
        if (format.IsFixedOutline) WriteNarrative(draft);
        else if (draft.Sections.Count > 0)
        {
            _lines.Add("sections:");
            WriteItems(draft.Sections, 2, isSectionList: true);
        }
        WriteStatistics(draft);
        if (draft.StatisticsTable is { } print)
        {
            _lines.Add("statistics_table:   # 统计表作为附表印出");
            if (print.Caption is not null) _lines.Add("  caption: " + YamlText.String(print.Caption));
            if (print.Title is not null) _lines.Add("  title: " + YamlText.String(print.Title));
            if (print.Filler is not null) _lines.Add("  filler: " + YamlText.String(print.Filler));
            if (print.Caption is null && print.Title is null && print.Filler is null) _lines[^1] = "statistics_table: {}   # 统计表作为附表印出";
        }
        if (draft.History.Count > 0)
        {
            _lines.Add("history:   # 往年数据：本报告图表中的往年数字");
            foreach (var (year, rows) in draft.History)
                _lines.Add($"  {year}: {{ {string.Join(", ", rows.Select(r => $"{r.Key}: {r.Value}"))} }}");
        }
        if (draft.Acknowledgements.Count > 0)
        {
            _lines.Add("acknowledge:   # 原报告与官方格式的偏差，导入时按官方格式，原文记在 published");
            foreach (var a in draft.Acknowledgements)
            {
                _lines.Add("  - rule: " + a.Rule);
                if (a.Field is not null) _lines.Add("    field: " + YamlText.String(a.Field));
                if (a.Published is not null) _lines.Add("    published: " + YamlText.String(a.Published));
                _lines.Add("    reason: " + YamlText.String(a.Reason));
            }
        }
        return string.Join("\n", _lines) + "\n";
    }

    /// <summary>Values marked for review, so the header can say so.</summary>
    public static int CountReviews(ImportDraft draft)
    {
        var n = draft.Statistics.Values.Sum(t => t.Values.Count(c => c.Note is not null)) + draft.RowNotes.Count;
        n += new[] { draft.AgencyIdNote, draft.AgencyNameNote, draft.LevelNote, draft.YearNote, draft.DateNote }.Count(x => x is not null);
        if (draft.Date is null) n++;
        n += Items(draft.Sections).Concat(draft.Narrative.Values.SelectMany(Items)).Count(i => i.Note is not null || i is DraftFigure { ChartNote: not null });
        return n;
    }

    private static IEnumerable<DraftItem> Items(IEnumerable<DraftItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            if (item is DraftHeading h) foreach (var inner in Items(h.Body)) yield return inner;
        }
    }

    private static string Comment(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>A line with an optional plain comment and an optional review note after it.</summary>
    private void Line(string text, string? comment, string? review)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(comment)) parts.Add(Comment(comment));
        if (review is not null) parts.Add(ReviewNotes.Marker + Comment(review));
        _lines.Add(parts.Count == 0 ? text : $"{text}   # {string.Join(" ", parts)}");
    }

    private void WriteNarrative(ImportDraft draft)
    {
        var format = draft.Format;
        if (draft.Narrative.Count == 0) return;
        _lines.Add("narrative:");
        foreach (var section in format.Sections)
        {
            if (section.Subtopics.Count > 0)
            {
                var keys = new[] { "intro" }.Concat(section.Subtopics.Select(s => s.Key)).Where(k => draft.Narrative.ContainsKey($"{section.Key}.{k}")).ToList();
                if (keys.Count == 0) continue;
                _lines.Add($"  {section.Key}:   # {section.Heading}");
                foreach (var key in keys)
                {
                    var heading = section.FindSubtopic(key)?.Heading ?? "五个方面之前的概述";
                    _lines.Add($"    {key}:   # {heading}");
                    WriteItems(draft.Narrative[$"{section.Key}.{key}"], 6, isSectionList: false);
                }
                continue;
            }
            if (!draft.Narrative.TryGetValue(section.Key, out var items) || items.Count == 0) continue;
            _lines.Add($"  {section.Key}:   # {section.Heading}{(section.Kind == SectionKind.Table ? "（表前的说明）" : "")}");
            WriteItems(items, 4, isSectionList: false);
        }
    }

    private void WriteItems(List<DraftItem> items, int indent, bool isSectionList)
    {
        var pad = new string(' ', indent);
        if (items.Count == 0) { _lines[^1] += " []"; return; }
        foreach (var item in items)
        {
            if (item.Note is not null) _lines.Add($"{pad}# {ReviewNotes.Marker}{Comment(item.Note)}");
            switch (item)
            {
                case DraftParagraph p:
                    _lines.Add($"{pad}- {YamlText.String(p.Text)}");
                    break;
                case DraftHeading h:
                    _lines.Add($"{pad}- heading: {YamlText.String(h.Heading)}");
                    if (h.Body.Count == 0) _lines.Add($"{pad}  body: []");
                    else
                    {
                        _lines.Add($"{pad}  body:");
                        WriteItems(h.Body, indent + 4, false);
                    }
                    break;
                case DraftFigure f:
                    if (f.ChartNote is not null) _lines.Add($"{pad}# {ReviewNotes.Marker}{Comment(f.ChartNote)}");
                    _lines.Add($"{pad}- figure: {YamlText.String(f.Caption)}");
                    if (f.Alt is not null) _lines.Add($"{pad}  alt: {YamlText.String(f.Alt)}");
                    if (f.Chart is { } chart) _lines.Add($"{pad}  chart: {Chart(chart)}");
                    break;
                case DraftInlineTable t:
                    _lines.Add($"{pad}- table:");
                    if (t.Header.Count > 0) _lines.Add($"{pad}    header: {Flow(t.Header)}");
                    _lines.Add($"{pad}    rows:");
                    foreach (var row in t.Rows) _lines.Add($"{pad}      - {Flow(row)}");
                    break;
            }
        }
        _ = isSectionList;
    }

    private static string Flow(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => YamlText.FlowScalar(v, true))) + "]";

    private static string Chart(DraftChart chart)
    {
        var parts = new List<string> { "kind: " + chart.Kind };
        if (chart.Table is not null) parts.Add("table: " + chart.Table);
        if (chart.Series is { Count: > 0 } series)
            parts.Add("series: [" + string.Join(", ", series.Select(s => $"{{ name: {YamlText.FlowScalar(s.Name, true)}, rows: {Flow(s.Rows)} }}")) + "]");
        else parts.Add("rows: " + Flow(chart.Rows));
        if (chart.Labels.Count > 0) parts.Add("labels: " + Flow(chart.Labels));
        if (chart.Years is { Count: > 0 } years) parts.Add("years: [" + string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture))) + "]");
        return "{ " + string.Join(", ", parts) + " }";
    }

    private void WriteStatistics(ImportDraft draft)
    {
        var format = draft.Format;
        if (draft.Statistics.Values.All(t => t.Count == 0) && draft.RowNotes.Count == 0) return;
        _lines.Add("statistics:");
        var single = format.Tables.Count == 1;
        foreach (var table in format.Tables)
        {
            if (!draft.Statistics.TryGetValue(table.Id, out var cells) || cells.Count == 0) continue;
            var indent = single ? "  " : "    ";
            if (!single) _lines.Add($"  {table.Id}:   # {table.DisplayName} {table.Name}");
            foreach (var row in table.Rows.Where(r => r.Data))
            {
                if (draft.RowNotes.TryGetValue((table.Id, row.Key), out var rowNote))
                    _lines.Add($"{indent}# {ReviewNotes.Marker}{Comment(rowNote)}");
                var rowCells = table.Columns.Where(c => cells.ContainsKey((row.Key, c.Key)))
                    .Select(c => (Column: c, Cell: cells[(row.Key, c.Key)]))
                    // A table whose skipped cells count as 0 is written without its zeros, as staff write it.
                    .Where(x => !(table.SkippedCell == SkippedCell.Zero && x.Cell is { Text: "0", Note: null, Comment: null }))
                    .ToList();
                if (rowCells.Count == 0) continue;
                var label = row.Label + (row.Unit is null ? "" : $"（{row.Unit}）");
                var rowColumns = table.ColumnsOf(row);
                if (rowColumns.Count == 1 && rowCells.Count == 1)
                {
                    var cell = rowCells[0].Cell;
                    Line($"{indent}{row.Key}:{Value(cell)}", label + (cell.Comment is null ? "" : " — " + cell.Comment), cell.Note);
                    continue;
                }
                if (rowCells.All(x => x.Cell.Note is null && x.Cell.Comment is null && x.Cell.Text is not null))
                {
                    _lines.Add($"{indent}{row.Key}: {{ {string.Join(", ", rowCells.Select(x => $"{x.Column.Key}: {x.Cell.Text}"))} }}   # {Comment(label)}");
                    continue;
                }
                _lines.Add($"{indent}{row.Key}:   # {Comment(label)}");
                foreach (var (column, cell) in rowCells)
                    Line($"{indent}  {column.Key}:{Value(cell)}", column.Label + (cell.Comment is null ? "" : " — " + cell.Comment), cell.Note);
            }
        }
    }

    private static string Value(DraftCell cell) => cell.Text is null ? "" : " " + cell.Text;
}
