using ReportGen.Formats;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// Finds the statutory table a published table is, and its cells, by label: spans are expanded into a
/// grid; header rows (however the header is split across rows) give each grid column a path of header
/// texts, matched against the format's column labels (“行政复议／结果维持” needs both parts); each data
/// row's label cells are matched against the format's row labels, with the group label (（三）不予公开)
/// and the row order deciding between equal labels (“3.其他”). Labels, header texts and block captions
/// all come from the format definition and the importer lexicon.
/// </summary>
public sealed class TableRecognizer(FormatDefinition format, ImportLexicon lexicon)
{
    private readonly Dictionary<PublishedTable, TableReading?> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>The statutory table this published table is, or null when it resembles none (a table of the narrative).</summary>
    public TableReading? Recognize(PublishedTable table)
    {
        if (_seen.TryGetValue(table, out var known)) return known;
        return _seen[table] = Read(table);
    }

    private TableReading? Read(PublishedTable table)
    {
        if (table.Rows.Length == 0) return null;
        var grid = TableGrid.Expand(table);
        TableReading? best = null;
        foreach (var def in format.Tables)
        {
            var reading = Read(grid, def);
            if (reading.Score >= 2 && (best is null || reading.Score > best.Score)) best = reading;
        }
        return best;
    }

    private TableReading Read(TableGrid grid, TableDefinition def)
    {
        var reading = new TableReading(def);
        var vocabulary = HeaderVocabulary(def);
        var paths = new List<string>[grid.Columns];
        for (var c = 0; c < grid.Columns; c++) paths[c] = new List<string>();
        var mapping = new string?[grid.Columns];
        var mappingIsVariant = new bool[grid.Columns];
        var headerOpen = true;
        var dataSeen = false;
        var lastRowIndex = -1;

        for (var r = 0; r < grid.Rows; r++)
        {
            var parsed = grid.RowCells(r).Select(c => (Cell: c, Value: CellValue.Parse(c.Text))).ToList();
            var firstNumber = parsed.Where(p => p.Value.Kind == CellKind.Number && p.Cell.Row == r).Select(p => p.Cell.Column).DefaultIfEmpty(int.MaxValue).Min();
            var numbers = parsed.Count(p => p.Value.Kind == CellKind.Number && p.Cell.Row == r);
            // Labels are the text cells before the first number; text among the numbers is a value that is not one.
            var labels = parsed.Where(p => p.Value.Kind == CellKind.Text && !IsUnit(p.Value.Text) && p.Cell.Column < firstNumber).Select(p => p.Cell).ToList();
            var labelEnd = labels.Count == 0 ? -1 : labels.Max(l => l.Column + l.ColSpan - 1);
            // A row copied as text loses the label cells merged down from above: it is short on the left, and its
            // values are placed from the right edge. The statutory label columns hold no values either way.
            var width = parsed.Count == 0 ? 0 : parsed.Max(p => p.Cell.Column + p.Cell.ColSpan);
            var shift = width < grid.Columns && labels.Count > 0 && labels.Min(l => l.Column) == 0 ? grid.Columns - width : 0;
            var valueStart = labels.Count > 0 && labels.Min(l => l.Column) == 0 ? def.LabelColumns : 0;
            var values = parsed.Where(p => !labels.Contains(p.Cell) && p.Cell.Column > labelEnd
                                           && !(p.Value.Kind == CellKind.Blank && p.Cell.Column + shift < valueStart)
                                           && !(p.Value.Kind == CellKind.Text && IsUnit(p.Value.Text)))
                .Select(p => (p.Cell, p.Value, Column: p.Cell.Column + shift)).ToList();

            // A caption row (第二十条第（一）项) starts a new block with its own header.
            // (Copied as text, the merged caption cell is one cell followed by empty ones.)
            if (numbers == 0 && labels.Count == 1 && (labels[0].ColSpan >= Math.Max(2, grid.Columns * 3 / 4) || parsed.All(p => ReferenceEquals(p.Cell, labels[0]) || p.Cell.Text.Length == 0))
                && def.Blocks.Any(b => LabelText.Match(labels[0].Text, b.Caption).Score >= 0.95))
            {
                ResetHeader(paths, mapping);
                headerOpen = true;
                dataSeen = false;
                reading.Score += 0.5;
                continue;
            }

            var (rowMatch, dataMatch) = labels.Count > 0 ? MatchRow(def, labels, r, lastRowIndex) : (null, null);
            if (numbers == 0)
            {
                var headerHits = labels.Count(l => l.Row == r && vocabulary.Any(v => LabelText.Match(l.Text, v).Score >= 0.8));
                var blanks = values.Count(v => v.Value.Kind == CellKind.Blank && v.Cell.Row == r);
                // A row of blank cells whose own label is a data row's is a data row left blank.
                var isData = dataMatch is not null && blanks > 0 && headerHits < 2 && (rowMatch is null || rowMatch.Value.Row.Data || dataMatch.Value.Label != rowMatch.Value.Label);
                if (!isData)
                {
                    // Before the first data row of a block every row without numbers is header, however split.
                    var isHeader = headerHits > 0 && (rowMatch is null || headerHits >= 2 || !rowMatch.Value.Row.Data)
                                   || !dataSeen && headerOpen && labels.Count > 0 && blanks == 0 && (rowMatch is null || rowMatch.Value.Score < 1.05 || headerHits > 0);
                    if (isHeader)
                    {
                        if (!headerOpen) ResetHeader(paths, mapping);
                        headerOpen = true;
                        reading.Score += 0.5 * headerHits;
                        foreach (var cell in labels)
                            for (var c = cell.Column; c < cell.Column + cell.ColSpan && c < grid.Columns; c++)
                                if (paths[c].Count == 0 || !ReferenceEquals(paths[c][^1], cell.Text)) paths[c].Add(cell.Text);
                    }
                    else if (rowMatch is { } group)
                    {
                        // A label-only row of the table (三、本年度办理结果).
                        reading.Score += 0.5;
                        if (group.Row.Data) reading.RowsFound.Add(group.Row.Key);
                        lastRowIndex = Math.Max(lastRowIndex, def.Rows.ToList().IndexOf(group.Row));
                    }
                    continue;
                }
            }

            // A data row.
            dataSeen = true;
            if (headerOpen)
            {
                MapColumns(def, paths, mapping, mappingIsVariant, reading);
                headerOpen = false;
            }
            RowDefinition row;
            if (def.LabelColumns == 0 && def.Rows.Count(x => x.Data) == 1)
                row = def.Rows.First(x => x.Data);
            else if (dataMatch is { } m)
            {
                row = m.Row;
                if (m.Variant) reading.Variants.Add(($"statistics.{def.Id}.{row.Key}", m.Label, row.Label));
            }
            else continue;

            lastRowIndex = Math.Max(lastRowIndex, def.Rows.ToList().IndexOf(row));
            reading.RowsFound.Add(row.Key);
            reading.Score += 1;
            AssignValues(def, row, values, mapping, reading);
        }
        return reading;
    }

    private static void ResetHeader(List<string>[] paths, string?[] mapping)
    {
        foreach (var p in paths) p.Clear();
        Array.Fill(mapping, null);
    }

    private static bool IsUnit(string text) => text is "件" or "条" or "个" or "次" or "篇" or "人" or "人次" or "万元" or "元" or "项" or "份";

    /// <summary>Every text a header of this table may show: column labels (and their parts), merged header cells, block headers, lexicon variants.</summary>
    private List<string> HeaderVocabulary(TableDefinition def)
    {
        var words = new List<string>();
        foreach (var c in def.Columns.Where(c => c.Printed))
        {
            words.AddRange(c.Label.Split('／'));
            words.AddRange(lexicon.ColumnVariants(def.Id, c.Key).SelectMany(v => v.Split('／')));
        }
        words.AddRange(def.HeaderCells.Select(h => h.Text));
        words.AddRange(def.Header);
        words.AddRange(def.Blocks.Select(b => b.LabelHeader));
        return words.Where(w => w.Length > 0).Distinct().ToList();
    }

    /// <summary>Each grid column to the column label its header path names best (the lowest header cell counting most).</summary>
    private void MapColumns(TableDefinition def, List<string>[] paths, string?[] mapping, bool[] isVariant, TableReading reading)
    {
        for (var c = 0; c < paths.Length; c++)
        {
            var path = paths[c];
            if (path.Count == 0) continue;
            (string? Key, double Score, bool Variant, string Printed) best = (null, 0, false, "");
            foreach (var column in def.Columns.Where(x => x.Printed))
            {
                var labels = new List<string> { column.Label };
                labels.AddRange(lexicon.ColumnVariants(def.Id, column.Key));
                foreach (var label in labels)
                {
                    var (score, variant, printed) = PathScore(path, label, column.Label);
                    if (score > best.Score) best = (column.Key, score, variant || !ReferenceEquals(label, column.Label), printed);
                }
            }
            mapping[c] = best.Score >= 0.7 ? best.Key : null;
            isVariant[c] = best.Variant;
            if (mapping[c] is { } key && best.Variant && def.FindColumn(key) is { } official
                && !reading.Variants.Any(v => v.Field == $"statistics.{def.Id}.*.{key}"))
                reading.Variants.Add(($"statistics.{def.Id}.*.{key}", best.Printed, official.Label));
        }
    }

    /// <summary>
    /// A label of parts (行政复议／结果维持) needs every part in the path, in order; a plain label is
    /// judged on the lowest header cell first (商业企业 under 法人或其他组织), higher cells count less.
    /// </summary>
    private static (double Score, bool Variant, string Printed) PathScore(List<string> path, string label, string official)
    {
        var parts = label.Split('／');
        if (parts.Length > 1)
        {
            var score = 1.0;
            var variant = false;
            var from = 0;
            foreach (var part in parts)
            {
                var found = false;
                for (var i = from; i < path.Count; i++)
                {
                    var m = LabelText.Match(path[i], part);
                    if (!m.Found) continue;
                    score = Math.Min(score, m.Score);
                    variant |= m.IsVariant;
                    from = i + 1;
                    found = true;
                    break;
                }
                if (!found) return (0, false, "");
            }
            return (score, variant, string.Join("／", path));
        }
        (double Score, bool Variant, string Printed) best = (0, false, "");
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var m = LabelText.Match(path[i], label);
            var score = m.Score * (i == path.Count - 1 ? 1 : 0.6);
            if (m.Found && score > best.Score) best = (score, m.IsVariant || label != official, path[i]);
        }
        // A label broken over header rows (“商业” above “企业”) is read joined again.
        for (var i = path.Count - 2; i >= 0; i--)
        {
            var joined = string.Concat(path.Skip(i));
            var m = LabelText.Match(joined, label);
            if (m.Found && !m.IsVariant && 0.9 > best.Score) best = (0.9, label != official, joined);
        }
        return best;
    }

    private readonly record struct RowMatch(RowDefinition Row, bool Variant, string Label, double Score);

    /// <summary>
    /// The statutory row a data row's labels name: the label cell that matches a row best, ties broken by
    /// the group label printed beside it and by the order of the rows (a row never goes back). Returns the
    /// best of all rows, and the best of the rows that hold values (a row with values is never a group label).
    /// </summary>
    /// <param name="labels">The row's label cells, those merged down from rows above (group labels) included.</param>
    private (RowMatch? Any, RowMatch? Data) MatchRow(TableDefinition def, List<GridCell> labels, int rowIndex, int lastIndex)
    {
        RowMatch? best = null, bestData = null;
        // A label merged down from above names its group, not this row.
        foreach (var cell in labels.Where(l => l.Row == rowIndex))
        {
            for (var i = 0; i < def.Rows.Count; i++)
            {
                var row = def.Rows[i];
                if (!row.Printed) continue;
                var m = LabelText.Match(cell.Text, row.Label, lexicon.RowVariants(def.Id, row.Key));
                if (!m.Found) continue;
                // The most specific label (rightmost) names the row; a group label beside it only confirms.
                var score = m.Score + (row.Data ? 0.1 : 0) + 0.01 * cell.Column;
                // The printed group (（三）不予公开) confirms a sub-row; a sibling group rules it out.
                if (row.Group is { } group && def.FindRow(group) is { } groupRow && groupRow.Data == false)
                {
                    var others = labels.Where(l => !ReferenceEquals(l, cell)).ToList();
                    if (others.Any(o => LabelText.Match(o.Text, groupRow.Label, lexicon.RowVariants(def.Id, groupRow.Key)).Score >= 0.8)) score += 0.3;
                    else if (others.Any(o => def.Rows.Any(x => x.Data == false && x.Key != group && x.Level == groupRow.Level && LabelText.Match(o.Text, x.Label).Score >= 0.95))) score -= 0.5;
                }
                if (i <= lastIndex) score -= 0.2;
                else score += 0.05 / (1 + i - lastIndex);
                var match = new RowMatch(row, m.IsVariant, cell.Text, score);
                if (best is null || score > best.Value.Score) best = match;
                if (row.Data && (bestData is null || score > bestData.Value.Score)) bestData = match;
            }
        }
        return (best is { Score: >= 0.6 } ? best : null, bestData is { Score: >= 0.6 } ? bestData : null);
    }

    /// <param name="values">Value cells with the grid column they stand for (shifted right in a row short on the left).</param>
    private static void AssignValues(TableDefinition def, RowDefinition row, List<(GridCell Cell, CellValue Value, int Column)> values,
        string?[] mapping, TableReading reading)
    {
        var expected = def.ColumnsOf(row).Where(c => c.Printed).ToList();
        var byHeader = new List<(string Column, CellValue Value)>();
        foreach (var (cell, value, at) in values)
        {
            string? key = null;
            for (var c = at; c < at + cell.ColSpan && c < mapping.Length; c++)
                if (mapping[c] is { } k && expected.Any(e => e.Key == k)) { key = k; break; }
            if (key is not null) byHeader.Add((key, value));
        }
        // Columns named out of the statutory order mean the header was read askew (a header row that lost
        // the cells merged down from above, as copied text does): then the header is not trusted.
        var order = byHeader.Select(b => expected.FindIndex(e => e.Key == b.Column)).ToList();
        if (order.Zip(order.Skip(1)).Any(p => p.Second <= p.First)) byHeader.Clear();
        var positional = byHeader.Count < values.Count(v => v.Value.Kind == CellKind.Number);
        if (positional && values.Count == expected.Count)
        {
            // The header did not name these columns: the statutory order is the only guide.
            byHeader = values.Select((v, i) => (expected[i].Key, v.Value)).ToList();
            foreach (var column in expected) reading.Uncertain[(row.Key, column.Key)] = "表头未能识别，按列的顺序对应";
        }
        else if (positional && byHeader.Count == 0)
        {
            reading.Notes.Add($"“{row.Label}”一行的数值无法对应到列（找到 {values.Count} 格，应为 {expected.Count} 格）");
            return;
        }
        foreach (var (column, value) in byHeader)
        {
            var col = def.FindColumn(column)!;
            var key = (row.Key, column);
            var isDerived = col.Derived is not null || row.Derived is not null;
            if (isDerived && def.DerivedInput != DerivedInput.Allowed)
            {
                reading.Totals.TryAdd(key, value);
                continue;
            }
            if (reading.Cells.TryGetValue(key, out var existing))
            {
                if (existing.Text != value.Text) reading.Uncertain[key] = $"这一格在原表中出现两次（{existing.Raw.Trim()}、{value.Raw.Trim()}）";
                continue;
            }
            reading.Cells[key] = value;
            if (value.Kind == CellKind.Text) reading.Uncertain[key] = $"原表此格为“{value.Raw.Trim()}”，不是数字";
        }
    }
}
