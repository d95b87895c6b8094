using ReportGen.Formats;
using ReportGen.Importing.Published;
using ReportGen.Importing.Writing;

namespace ReportGen.Importing.Recognition;

public sealed partial class ReportRecognizer
{
    /// <summary>Entries as a tree: each heading holds what follows it up to the next heading of its level or higher.</summary>
    private static List<Node> Tree(List<Entry> entries)
    {
        var root = new List<Node>();
        var stack = new Stack<Node>();
        foreach (var entry in entries)
        {
            var node = new Node(entry, new List<Node>());
            if (entry.Level == 0)
            {
                (stack.Count > 0 ? stack.Peek().Children : root).Add(node);
                continue;
            }
            while (stack.Count > 0 && stack.Peek().Entry.Level >= entry.Level) stack.Pop();
            (stack.Count > 0 ? stack.Peek().Children : root).Add(node);
            stack.Push(node);
        }
        return root;
    }

    /// <summary>The pre-2019 report: its own sections in order; the 统计表 (printed as 附表 or not) into statistics.</summary>
    private void FreeOutline(ImportDraft draft, List<Entry> rest, List<string> preamble, TableRecognizer tables, ImportLexicon lexicon,
        Dictionary<string, TableReading> readings, ImportReport log)
    {
        draft.Preamble.AddRange(preamble);
        var statsTable = draft.Format.Tables[0];
        // The 统计表 with its caption, title and filler lines, wherever it is printed.
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i].Block is not PublishedTable table || tables.Recognize(table) is not { } reading) continue;
            Add(readings, reading);
            string? caption = null, title = null, filler = null;
            var j = i - 1;
            for (var steps = 0; steps < 3 && j >= 0 && rest[j].Block is PublishedParagraph p && rest[j].Level == 0; steps++, j--)
            {
                if (filler is null && statsTable.FillerLabel is { } label && LabelText.Key(p.Text).StartsWith(LabelText.Key(label), StringComparison.Ordinal))
                    filler = p.Text[(p.Text.IndexOfAny(new[] { '：', ':' }) + 1)..].Trim();
                else if (title is null && p.Text.Contains(statsTable.Name, StringComparison.Ordinal) && p.Text.Length <= 60 && !p.Text.Contains('《'))
                    title = p.Text;
                else if (caption is null && statsTable.CaptionBefore is { } before && LabelText.Key(p.Text) == LabelText.Key(before))
                    caption = p.Text;
                else break;
            }
            rest.RemoveRange(j + 1, i - j);
            i = j;
            var standardTitle = (statsTable.TitlePattern ?? statsTable.Name).Replace("{agency}", draft.AgencyName).Replace("{year}", draft.Year.ToString());
            var printedTitle = title is null || LabelText.Key(title) == LabelText.Key(standardTitle) ? null : title;
            // A table continued after a page break (or a blank line in text) adds rows, not a second attachment.
            if (draft.StatisticsTable is { } earlier)
                draft.StatisticsTable = new DraftStatisticsTable(earlier.Caption ?? caption, earlier.Title ?? printedTitle, earlier.Filler ?? filler);
            else
            {
                draft.StatisticsTable = new DraftStatisticsTable(caption, printedTitle, filler);
                log.Found.Add($"附表“{title ?? statsTable.Name}”");
            }
        }
        // A 统计表 flattened into lines: after its title, when no table was found.
        if (!readings.ContainsKey(statsTable.Id))
        {
            var titleAt = rest.FindIndex(e => e.Block is PublishedParagraph p && p.Text.Contains(statsTable.Name, StringComparison.Ordinal));
            if (titleAt >= 0)
            {
                var lines = rest.Skip(titleAt).Select(e => e.Text).ToList();
                if (new FlatTableRecognizer(lexicon).Read(statsTable, lines) is { } flat && flat.Reading.RowsFound.Count >= 5)
                {
                    Add(readings, flat.Reading);
                    rest.RemoveRange(titleAt + flat.First, flat.Last - flat.First + 1);
                    log.Found.Add($"统计表（由文字行重建，{flat.Reading.RowsFound.Count} 行）");
                }
            }
        }
        foreach (var node in Tree(rest))
        {
            if (node.IsHeading) draft.Sections.Add(new DraftHeading(node.Entry.Text, Items(node.Children, tables, readings, log)));
            else if (draft.Sections.Count > 0 && draft.Sections[^1] is DraftHeading last) last.Body.AddRange(Items(new List<Node> { node }, tables, readings, log));
            else draft.Preamble.AddRange(node.Entry.Block is PublishedParagraph p ? new[] { p.Text } : Array.Empty<string>());
        }
        log.Found.Add($"章节 {draft.Sections.Count} 个（2019 年以前的格式由原报告自定）");
        if (draft.Preamble.Count > 0) log.Found.Add($"引言 {draft.Preamble.Count} 段");
    }

    private static List<Entry> Flatten(IEnumerable<Node> nodes)
    {
        var result = new List<Entry>();
        foreach (var node in nodes)
        {
            result.Add(node.Entry);
            result.AddRange(Flatten(node.Children));
        }
        return result;
    }

    private static void Add(Dictionary<string, TableReading> readings, TableReading reading)
    {
        if (readings.TryGetValue(reading.Table.Id, out var existing)) existing.Merge(reading);
        else readings[reading.Table.Id] = reading.Copy();
    }

    /// <summary>Body nodes as data items: paragraphs, sub-headings, figures, tables of the narrative; statutory tables go to statistics.</summary>
    private List<DraftItem> Items(List<Node> nodes, TableRecognizer tables, Dictionary<string, TableReading> readings, ImportReport log)
    {
        var items = new List<DraftItem>();
        foreach (var node in nodes)
        {
            switch (node.Entry.Block)
            {
                case PublishedParagraph p when node.IsHeading:
                    items.Add(new DraftHeading(p.Text, Items(node.Children, tables, readings, log)));
                    break;
                case PublishedParagraph p:
                    items.Add(new DraftParagraph(p.Text));
                    break;
                case PublishedFigure f:
                    var figure = new DraftFigure(f.Caption.Length > 0 ? f.Caption : "图") { Alt = f.AltText, Note = f.Caption.Length > 0 ? null : "原报告此处有图，没有图题" };
                    items.Add(figure);
                    _figures.Add((figure, f));
                    break;
                case PublishedTable t:
                    if (tables.Recognize(t) is { } reading) Add(readings, reading);
                    else items.Add(InlineTable(t));
                    break;
            }
        }
        return items;
    }

    /// <summary>Figures met while building items, to be matched with the statistics once all tables are read.</summary>
    private readonly List<(DraftFigure Draft, PublishedFigure Published)> _figures = new();

    private static DraftInlineTable InlineTable(PublishedTable t)
    {
        var grid = TableGrid.Expand(t);
        var rows = new List<IReadOnlyList<string>>();
        for (var r = 0; r < grid.Rows; r++)
        {
            var row = new List<string>();
            for (var c = 0; c < grid.Columns; c++)
            {
                var cell = grid.At(r, c);
                row.Add(cell is not null && cell.Row == r && cell.Column == c ? cell.Text : "");
            }
            rows.Add(row);
        }
        var headerIsTh = t.Rows.Length > 1 && t.Rows[0].All(c => c.IsHeader);
        var header = rows.Count > 1 ? rows[0] : new List<string>();
        // The first row is the header when the table marks it or its cells hold no numbers while the others do.
        var useHeader = headerIsTh || rows.Count > 1 && header.All(h => CellValue.Parse(h).Kind != CellKind.Number);
        return useHeader ? new DraftInlineTable(header, rows.Skip(1).ToList()) : new DraftInlineTable(Array.Empty<string>(), rows);
    }

    /// <summary>
    /// The current format's six fixed sections: each top-level heading to its section by wording (official
    /// or lexicon variant), sub-topics of 总体情况 likewise; text before a table goes to the section's own
    /// key; a heading printed in other words is acknowledged with the published words; an extra section
    /// is kept under 其他需要报告的事项 and reported.
    /// </summary>
    private void FixedOutline(ImportDraft draft, List<Entry> rest, List<string> preamble, TableRecognizer tables, ImportLexicon lexicon,
        Dictionary<string, TableReading> readings, ImportReport log)
    {
        var format = draft.Format;
        draft.Preamble.AddRange(preamble);
        var tree = Tree(rest);
        var leading = tree.TakeWhile(n => !n.IsHeading).ToList();
        if (leading.Count > 0) draft.NarrativeOf(format.Sections[0].Key).AddRange(Items(leading, tables, readings, log));
        var sections = tree.Where(n => n.IsHeading).ToList();
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var lastIndex = -1;
        string? previousKey = null;
        foreach (var (node, position) in sections.Select((n, i) => (n, i)))
        {
            var heading = node.Entry.Text;
            var match = BestSection(format, lexicon, heading, lastIndex);
            SectionDefinition? def = match?.Section;
            if (def is null || assigned.Contains(def.Key))
            {
                // Unmatched: the section at this position when it is still free, else an extra section.
                def = position < format.Sections.Count && !assigned.Contains(format.Sections[position].Key) && position > lastIndex ? format.Sections[position] : null;
                if (def is not null) log.Uncertain.Add(new ReviewItem($"narrative.{def.Key}", $"标题“{heading}”按位置对应为“{def.Heading}”"));
            }
            if (def is null)
            {
                var host = previousKey ?? format.Sections[^1].Key;
                draft.NarrativeOf(host).Add(new DraftHeading(heading, Items(node.Children, tables, readings, log))
                    { Note = $"原报告多出的部分，格式规定六个部分；已放在“{format.FindSection(host)!.Heading}”之下" });
                log.Deviations.Add(new DeviationItem($"narrative.{host}", heading, "（格式中没有这一部分）"));
                continue;
            }
            assigned.Add(def.Key);
            lastIndex = format.Sections.ToList().IndexOf(def);
            previousKey = def.Key;
            Deviation(draft, log, $"narrative.{def.Key}", heading, def.Heading);
            if (def.Subtopics.Count > 0) Subtopics(draft, def, node.Children, tables, lexicon, readings, log);
            else if (def.Kind == SectionKind.Table) TableSection(draft, def, node.Children, tables, lexicon, readings, log);
            else draft.NarrativeOf(def.Key).AddRange(Items(node.Children, tables, readings, log));
        }
        foreach (var s in format.Sections)
            if (assigned.Contains(s.Key)) log.Found.Add($"“{s.Heading}”");
            else log.NotFound.Add($"“{s.Heading}”");
    }

    private static (SectionDefinition Section, double Score)? BestSection(FormatDefinition format, ImportLexicon lexicon, string heading, int lastIndex)
    {
        (SectionDefinition, double)? best = null;
        foreach (var (s, i) in format.Sections.Select((s, i) => (s, i)))
        {
            var m = LabelText.Match(heading, s.Heading, lexicon.HeadingVariants(s.Key));
            if (!m.Found || m.Score < 0.7) continue;
            var score = m.Score - (i <= lastIndex ? 0.3 : 0);
            if (best is null || score > best.Value.Item2) best = (s, score);
        }
        return best;
    }

    /// <summary>A heading printed in other words than the official one: the official words go into the data, the published ones into an acknowledgement.</summary>
    private static void Deviation(ImportDraft draft, ImportReport log, string field, string published, string official)
    {
        if (LabelText.KeyOfLabel(published) == LabelText.KeyOfLabel(official)) return;
        draft.Acknowledgements.Add(new DraftAcknowledgement("R7", field,
            $"原报告如此公布：标题为“{published}”，官方格式为“{official}”，导入时按官方格式。", published));
        log.Deviations.Add(new DeviationItem(field, published, official));
    }

    private void Subtopics(ImportDraft draft, SectionDefinition def, List<Node> children, TableRecognizer tables, ImportLexicon lexicon,
        Dictionary<string, TableReading> readings, ImportReport log)
    {
        var current = $"{def.Key}.intro";
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in children)
        {
            if (node.IsHeading)
            {
                var sub = def.Subtopics.Select(s => (s, m: LabelText.Match(node.Entry.Text, s.Heading, lexicon.HeadingVariants(s.Key))))
                    .Where(x => x.m.Score >= 0.8 && !assigned.Contains(x.s.Key)).OrderByDescending(x => x.m.Score).Select(x => x.s).FirstOrDefault();
                if (sub is not null)
                {
                    assigned.Add(sub.Key);
                    current = $"{def.Key}.{sub.Key}";
                    Deviation(draft, log, $"narrative.{def.Key}.{sub.Key}", node.Entry.Text, sub.Heading);
                    draft.NarrativeOf(current).AddRange(Items(node.Children, tables, readings, log));
                    continue;
                }
            }
            draft.NarrativeOf(current).AddRange(Items(new List<Node> { node }, tables, readings, log));
        }
        foreach (var s in def.Subtopics.Where(s => !assigned.Contains(s.Key)))
            log.NotFound.Add($"“{s.Heading}”");
    }

    /// <summary>
    /// A table section (二/三/四): its table (or, flattened into lines, its rows rebuilt); the text printed
    /// before it under the section's key. Text printed after the table is kept there too and reported,
    /// since the format prints the table last.
    /// </summary>
    private void TableSection(ImportDraft draft, SectionDefinition def, List<Node> children, TableRecognizer tables, ImportLexicon lexicon,
        Dictionary<string, TableReading> readings, ImportReport log)
    {
        var table = def.Table is null ? null : draft.Format.FindTable(def.Table);
        // The section's blocks in order, sub-headings included: a wrapped row label may have been read as one.
        var flat = Flatten(children);
        var hasStructured = flat.Any(e => e.Block is PublishedTable t && tables.Recognize(t)?.Table.Id == def.Table);
        if (!hasStructured && table is not null)
        {
            var lines = flat.Select(e => e.Text).ToList();
            if (new FlatTableRecognizer(lexicon).Read(table, lines) is { } read)
            {
                Add(readings, read.Reading);
                flat.RemoveRange(read.First, read.Last - read.First + 1);
                log.Found.Add($"{table.DisplayName}（由文字行重建，{read.Reading.RowsFound.Count} 行）");
            }
        }
        var nodes = Tree(flat);
        var tableAt = nodes.FindIndex(n => n.Entry.Block is PublishedTable);
        var items = Items(nodes, tables, readings, log);
        if (tableAt >= 0 && tableAt < nodes.Count - 1 && nodes.Skip(tableAt + 1).Any(n => n.Entry.Block is PublishedParagraph))
            log.Uncertain.Add(new ReviewItem($"narrative.{def.Key}", $"“{def.Heading}”中表格之后还有文字，格式把表格印在最后，这些文字将移到表格之前"));
        draft.NarrativeOf(def.Key).AddRange(items);
    }
}
