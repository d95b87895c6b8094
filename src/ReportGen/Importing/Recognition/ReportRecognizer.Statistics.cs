using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Formats;
using ReportGen.Importing.Writing;
using ReportGen.Model;

namespace ReportGen.Importing.Recognition;

public sealed partial class ReportRecognizer
{
    private static string Field(TableDefinition def, string row, string column, FormatDefinition format)
        => format.Tables.Count == 1 && def.IsSingleColumn ? $"statistics.{row}" : $"statistics.{def.Id}.{row}.{column}";

    /// <summary>
    /// The cells read from the tables into the draft: numbers as printed, blanks kept blank (never 0) and
    /// reported, uncertain places noted; labels in other words acknowledged; published totals of computed
    /// cells compared with the sum of their parts.
    /// </summary>
    private static void Statistics(ImportDraft draft, Dictionary<string, TableReading> readings, ImportReport log)
    {
        var format = draft.Format;
        foreach (var def in format.Tables)
        {
            if (!readings.TryGetValue(def.Id, out var reading))
            {
                log.NotFound.Add($"{def.DisplayName}（{def.Name}）");
                RequiredLeftBlank(draft, def, $"原报告中没有找到{def.DisplayName}，请按原报告填写", log);
                continue;
            }
            var target = draft.Table(def.Id);
            var numbers = 0;
            var notReported = new List<string>();
            foreach (var (key, value) in reading.Cells)
            {
                var field = Field(def, key.Row, key.Column, format);
                var note = reading.Uncertain.GetValueOrDefault(key);
                switch (value.Kind)
                {
                    case CellKind.Number when !Fits(def, key.Row, key.Column, value.Text):
                        // A damaged source can show 43.3 where a count stands: kept out of the data, which would not load, and marked.
                        note ??= $"原表此格为“{value.Raw.Trim()}”，不是这一格能填的数（计数应为整数）";
                        target[key] = new DraftCell(null, DraftCellState.Uncertain, note);
                        break;
                    case CellKind.Number:
                        target[key] = new DraftCell(value.Text, note is null ? DraftCellState.Found : DraftCellState.Uncertain, note);
                        numbers++;
                        break;
                    case CellKind.Blank when def.SkippedCell == SkippedCell.NotReported:
                        // The old 统计表 leaves rows blank that were not reported; blank is kept as “not reported”.
                        notReported.Add(key.Row);
                        continue;
                    case CellKind.Blank:
                        note ??= $"原表此格为{value.Shown}，保留空白，未按 0 填写";
                        target[key] = new DraftCell(null, DraftCellState.Blank, note);
                        log.BlankCells.Add(new ReviewItem(field, note));
                        continue;
                    default:
                        note ??= $"原表此格为“{value.Raw.Trim()}”，不是数字";
                        target[key] = new DraftCell(null, DraftCellState.Uncertain, note);
                        break;
                }
                if (note is not null && value.Kind != CellKind.Blank) log.Uncertain.Add(new ReviewItem(field, note));
            }
            if (notReported.Count > 0)
                log.BlankCells.Add(new ReviewItem($"statistics（{def.DisplayName}）",
                    $"{notReported.Count} 格原表空白，按“未填报”保留空白（印出时为 0）：{string.Join("、", notReported.Take(12))}{(notReported.Count > 12 ? "……" : "")}"));
            foreach (var (key, why) in reading.Uncertain.Where(u => !reading.Cells.ContainsKey(u.Key) && !reading.Totals.ContainsKey(u.Key)))
            {
                target[key] = new DraftCell(null, DraftCellState.Uncertain, why);
                log.Uncertain.Add(new ReviewItem(Field(def, key.Row, key.Column, format), why));
            }
            foreach (var (field, published, official) in reading.Variants)
            {
                draft.Acknowledgements.Add(new DraftAcknowledgement("R21", field,
                    $"原报告如此公布：表中印作“{published}”，官方标签为“{official}”，导入时按官方标签。", published));
                log.Deviations.Add(new DeviationItem(field, published, official));
            }
            foreach (var note in reading.Notes) log.Uncertain.Add(new ReviewItem($"statistics.{def.Id}", note));
            foreach (var row in def.Rows.Where(r => r.Data && r.Printed && r.Derived is null && !reading.RowsFound.Contains(r.Key)))
                if (def.SkippedCell != SkippedCell.NotReported) log.NotFound.Add($"{def.DisplayName}“{row.Label}”一行");
            log.Found.Add($"{def.DisplayName}：{numbers} 个数值{(reading.Flattened ? "（由文字行重建）" : "")}");
            CompareTotals(draft, def, reading, log);
            RequiredLeftBlank(draft, def, "原报告的表中没有找到这一格", log);
        }
    }

    /// <summary>Whether <paramref name="text"/> is a value the cell's type takes (a count is a whole number, not negative unless signed).</summary>
    private static bool Fits(TableDefinition def, string row, string column, string text)
    {
        if (def.FindRow(row) is not { } r || def.FindColumn(column) is not { } c) return true;
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)) return true;
        return def.CellType(r, c) switch
        {
            CellType.Integer => value == decimal.Truncate(value) && value >= 0,
            CellType.SignedInteger => value == decimal.Truncate(value),
            _ => true,
        };
    }

    /// <summary>
    /// A table whose every cell must be typed (表二): the cells the report did not give are written blank
    /// and marked, so the data file shows what to fill in and check reports them, instead of the file not loading.
    /// </summary>
    private static void RequiredLeftBlank(ImportDraft draft, TableDefinition def, string why, ImportReport log)
    {
        if (def.SkippedCell != SkippedCell.Required) return;
        var target = draft.Table(def.Id);
        foreach (var row in def.Rows.Where(r => r.Data && r.Derived is null))
            foreach (var column in def.ColumnsOf(row).Where(c => c.Derived is null))
                if (target.TryAdd((row.Key, column.Key), new DraftCell(null, DraftCellState.Uncertain, why)))
                    log.Uncertain.Add(new ReviewItem(Field(def, row.Key, column.Key, draft.Format), why));
    }

    /// <summary>A published total that is not the sum of its parts: kept visible as a note on the row (the data file computes totals).</summary>
    private static void CompareTotals(ImportDraft draft, TableDefinition def, TableReading reading, ImportReport log)
    {
        if (reading.Totals.Count == 0) return;
        var entered = new Dictionary<(string Row, string Column), decimal>();
        foreach (var (key, cell) in draft.Table(def.Id))
            if (cell.Text is not null && decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) entered[key] = v;
        var computed = StatTable.Compute(def, entered);
        foreach (var (key, published) in reading.Totals)
        {
            if (published.Kind != CellKind.Number) continue;
            var sum = computed.Cell(key.Row, key.Column).Value;
            if (sum == published.Value) continue;
            var label = $"{def.FindRow(key.Row)?.Label}／{def.FindColumn(key.Column)?.Label}";
            var note = $"原表“{label}”印作 {published.Text}，按各项计算为 {sum.ToString(CultureInfo.InvariantCulture)}（合计由工具计算）";
            draft.RowNotes[(def.Id, key.Row)] = draft.RowNotes.TryGetValue((def.Id, key.Row), out var earlier) ? earlier + "；" + note : note;
            log.Uncertain.Add(new ReviewItem($"statistics.{def.Id}.{key.Row}.{key.Column}", note));
        }
    }

    /// <summary>Charts whose categories name statistics rows: kept as charts, and their numbers fill rows the tables did not give.</summary>
    private void Figures(ImportDraft draft, ImportLexicon lexicon, ImportReport log)
    {
        var charts = new ChartRecognizer(draft.Format, lexicon);
        var count = 0;
        foreach (var (figure, published) in _figures)
        {
            count++;
            // Writers describe a figure by its caption (and a chart by its values) when the data gives no alt text.
            if (figure.Alt is { } alt && (alt.Length == 0 || alt == figure.Caption || alt.StartsWith(figure.Caption + "：", StringComparison.Ordinal)))
                figure.Alt = null;
            if (published.Chart is not { Categories.Length: > 0 } chart) continue;
            var result = charts.Read(chart, figure.Caption, draft.Year);
            if (result.Chart is null)
            {
                figure.ChartNote = $"原报告此处是图表，{result.Problem}，已按图题导入";
                log.Uncertain.Add(new ReviewItem($"图“{figure.Caption}”", figure.ChartNote));
                continue;
            }
            figure.Chart = result.Chart;
            foreach (var (table, row, column, value) in result.Values)
            {
                var cells = draft.Table(table);
                var def = draft.Format.FindTable(table)!;
                var field = Field(def, row, column, draft.Format);
                if (cells.TryGetValue((row, column), out var existing))
                {
                    if (existing.Text is not null && existing.Text != value)
                        log.Uncertain.Add(new ReviewItem(field, $"图“{figure.Caption}”中为 {value}，表中为 {existing.Text}"));
                    continue;
                }
                var note = result.Uncertain ? $"由图“{figure.Caption}”读出，图中类别与统计表行的对应不确定" : null;
                cells[(row, column)] = new DraftCell(value, note is null ? DraftCellState.Found : DraftCellState.Uncertain, note, $"由图“{figure.Caption}”读出");
                if (note is not null) log.Uncertain.Add(new ReviewItem(field, note));
            }
            foreach (var (year, row, value) in result.History)
            {
                if (!draft.History.TryGetValue(year, out var rows)) draft.History[year] = rows = new Dictionary<string, string>();
                rows.TryAdd(row, value);
            }
        }
        if (count > 0) log.Found.Add($"图 {count} 个（其中图表 {_figures.Count(f => f.Draft.Chart is not null)} 个）");
    }

    /// <summary>
    /// A report that printed no 统计表: the cells its sentences state (the format's own patterns, as R12
    /// reads them) are taken from the text, each marked for review.
    /// </summary>
    private static void FromNarrative(ImportDraft draft, ImportReport log)
    {
        var format = draft.Format;
        var paragraphs = draft.Preamble.Concat(AllParagraphs(draft.Sections)).ToList();
        foreach (var figure in format.NarrativeFigures)
        {
            Regex pattern;
            try { pattern = new Regex(figure.Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)); }
            catch (ArgumentException) { continue; }
            foreach (var cell in figure.Cells)
            {
                var parts = cell.Split('.');
                if (parts.Length != 3 || format.FindTable(parts[0]) is not { } def) continue;
                var cells = draft.Table(def.Id);
                if (cells.ContainsKey((parts[1], parts[2]))) continue;
                foreach (var text in paragraphs)
                {
                    Match m;
                    try { m = pattern.Match(text); }
                    catch (RegexMatchTimeoutException) { break; }
                    if (!m.Success || !m.Groups["n"].Success) continue;
                    var note = $"原报告没有印统计表，由正文“{Shorten(m.Value)}”得出";
                    cells[(parts[1], parts[2])] = new DraftCell(m.Groups["n"].Value, DraftCellState.Uncertain, note);
                    log.Uncertain.Add(new ReviewItem(Field(def, parts[1], parts[2], format), note));
                    break;
                }
            }
        }
    }

    private static IEnumerable<string> AllParagraphs(IEnumerable<DraftItem> items)
    {
        foreach (var item in items)
        {
            if (item is DraftParagraph p) yield return p.Text;
            else if (item is DraftHeading h) foreach (var t in AllParagraphs(h.Body)) yield return t;
        }
    }

    /// <summary>Numbers equal to their cell become citations where the statistics came from a printed table.</summary>
    private static void Cite(ImportDraft draft, ImportLexicon lexicon, Dictionary<string, TableReading> readings, ImportReport log)
    {
        if (readings.Count == 0) return;
        var format = draft.Format;
        var tables = new Dictionary<string, StatTable>(StringComparer.Ordinal);
        foreach (var def in format.Tables)
        {
            var entered = new Dictionary<(string Row, string Column), decimal>();
            foreach (var (key, cell) in draft.Table(def.Id))
                if (cell.Text is not null && cell.State == DraftCellState.Found
                    && decimal.TryParse(cell.Text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                    entered[key] = v;
            tables[def.Id] = StatTable.Compute(def, entered);
        }
        var maker = new CitationMaker(format, new Statistics(System.Collections.Immutable.ImmutableDictionary.CreateRange(tables)), lexicon);
        void Walk(List<DraftItem> items, string where)
        {
            for (var i = 0; i < items.Count; i++)
            {
                switch (items[i])
                {
                    case DraftParagraph p:
                        var outcome = maker.Cite(p.Text);
                        if (outcome.Text != p.Text) items[i] = p with { Text = outcome.Text };
                        foreach (var (n, r) in outcome.Cited) log.Cited.Add(new CitationItem($"{where}[{i}]", n, r));
                        foreach (var (n, r, v) in outcome.Differing) log.Differing.Add(new CitationItem($"{where}[{i}]", n, r, v));
                        break;
                    case DraftHeading h:
                        Walk(h.Body, $"{where}[{i}]");
                        break;
                }
            }
        }
        if (format.IsFixedOutline)
            foreach (var (key, items) in draft.Narrative) Walk(items, $"narrative.{key}");
        else
            for (var i = 0; i < draft.Sections.Count; i++)
                if (draft.Sections[i] is DraftHeading h) Walk(h.Body, $"sections[{i}]");
    }
}
