using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Formats;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// A statutory table that reached us as lines of text (copied out of a page, extracted from a PDF without
/// rulings): the format's row labels are looked for in their order, and the run of numbers between one
/// label and the next is that row's cells, in the format's column order. A run of exactly the printed
/// column count is placed with certainty; any other run is placed left to right and every cell of the row
/// is marked uncertain, since a blank cell leaves no trace in flattened text.
/// </summary>
public sealed partial class FlatTableRecognizer(ImportLexicon lexicon)
{
    private sealed record Token(bool IsValue, string Text, int Paragraph);

    [GeneratedRegex(@"(?<num>[-−－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−－]?\d+(?:\.\d+)?)|(?<blank>(?<=^|\s)(?:/|／|—{1,2}|－{1,2})(?=\s|$))")]
    private static partial Regex ValuePattern();

    /// <param name="paragraphs">The lines where the table may be (a section's text).</param>
    /// <returns>The reading, and the index range of the lines it used (to be left out of the narrative).</returns>
    public (TableReading Reading, int First, int Last)? Read(TableDefinition def, IReadOnlyList<string> paragraphs)
    {
        var tokens = Tokenize(paragraphs);
        // The label stream: letters of text tokens only, each mapped back to its token.
        var stream = new StringBuilder();
        var tokenOf = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsValue) continue;
            foreach (var c in LabelText.Key(tokens[i].Text)) { stream.Append(c); tokenOf.Add(i); }
        }
        var text = stream.ToString();

        var found = new List<(RowDefinition Row, int StartToken, int EndToken, bool Variant, string Printed)>();
        var cursor = 0;
        foreach (var row in def.Rows.Where(r => r.Printed))
        {
            var hit = Find(text, cursor, row, def);
            if (hit is null) continue;
            var (at, length, variant) = hit.Value;
            found.Add((row, tokenOf[at], tokenOf[at + length - 1], variant, text.Substring(at, length)));
            cursor = at + length;
        }

        var reading = new TableReading(def) { Flattened = true };
        int first = int.MaxValue, last = -1;
        if (def.LabelColumns == 0 && def.Rows.Count(r => r.Data) == 1)
        {
            // One unlabelled row (表四): the numbers after the header.
            var headerEnd = HeaderEnd(text, def);
            if (headerEnd < 0) return null;
            var startToken = tokenOf[headerEnd];
            var values = tokens.Skip(startToken + 1).Where(t => t.IsValue).ToList();
            if (values.Count < 3) return null;
            var row = def.Rows.First(r => r.Data);
            Assign(def, row, values, reading);
            reading.RowsFound.Add(row.Key);
            reading.Score = values.Count >= def.ColumnsOf(row).Count(c => c.Printed) ? 3 : 2;
            first = tokens[FirstTokenOfHeader(text, def, tokenOf)].Paragraph;
            last = values[^1].Paragraph;
            return (reading, first, last);
        }
        if (found.Count < 2) return null;
        for (var i = 0; i < found.Count; i++)
        {
            var (row, start, end, variant, printed) = found[i];
            var next = i + 1 < found.Count ? found[i + 1].StartToken : tokens.Count;
            var values = tokens.Skip(end + 1).Take(Math.Max(0, next - end - 1)).Where(t => t.IsValue).ToList();
            reading.RowsFound.Add(row.Key);
            if (variant) reading.Variants.Add(($"statistics.{def.Id}.{row.Key}", printed, row.Label));
            first = Math.Min(first, tokens[start].Paragraph);
            if (values.Count > 0) last = Math.Max(last, values[^1].Paragraph);
            last = Math.Max(last, tokens[end].Paragraph);
            if (row.Data) Assign(def, row, values, reading);
        }
        reading.Score = found.Count;
        return (reading, first, last);
    }

    private static List<Token> Tokenize(IReadOnlyList<string> paragraphs)
    {
        var tokens = new List<Token>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var line = LabelText.Fold(paragraphs[p]);
            var at = 0;
            foreach (Match m in ValuePattern().Matches(line))
            {
                var isEnumerator = m.Groups["num"].Success && m.Index + m.Length < line.Length && line[m.Index + m.Length] is '.' or '、'
                                   && (m.Index + m.Length + 1 >= line.Length || !char.IsDigit(line[m.Index + m.Length + 1]));
                var followed = m.Index + m.Length < line.Length ? line[m.Index + m.Length] : ' ';
                var isPartOfText = isEnumerator || followed is '年' or '月' or '日' or '号';
                if (isPartOfText) continue;
                if (m.Index > at) tokens.Add(new Token(false, line[at..m.Index], p));
                tokens.Add(new Token(true, m.Value, p));
                at = m.Index + m.Length;
            }
            if (at < line.Length) tokens.Add(new Token(false, line[at..], p));
        }
        return tokens;
    }

    /// <summary>The row's label in the stream from <paramref name="from"/>: full words, else the core words, else a lexicon variant.</summary>
    private (int At, int Length, bool Variant)? Find(string text, int from, RowDefinition row, TableDefinition def)
    {
        var full = LabelText.KeyOfLabel(row.Label);
        var core = LabelText.Key(LabelText.Core(row.Label));
        var i = full.Length > 0 ? text.IndexOf(full, from, StringComparison.Ordinal) : -1;
        if (i >= 0) return (i, full.Length, false);
        if (core.Length >= 2)
        {
            i = text.IndexOf(core, from, StringComparison.Ordinal);
            if (i >= 0) return (i, core.Length, core != full);
        }
        foreach (var variant in lexicon.RowVariants(def.Id, row.Key))
        {
            var v = LabelText.KeyOfLabel(variant);
            if (v.Length < 2) continue;
            i = text.IndexOf(v, from, StringComparison.Ordinal);
            if (i >= 0) return (i, v.Length, true);
        }
        return null;
    }

    /// <summary>Where the header of an unlabelled table ends: the last of its column words found in order.</summary>
    private static int HeaderEnd(string text, TableDefinition def)
    {
        var end = -1;
        var from = 0;
        foreach (var cell in def.HeaderCells.OrderBy(h => h.Row).ThenBy(h => h.Col))
        {
            var key = LabelText.Key(cell.Text);
            var i = key.Length > 0 ? text.IndexOf(key, from, StringComparison.Ordinal) : -1;
            if (i < 0) continue;
            end = i + key.Length - 1;
            from = i + key.Length;
        }
        return end;
    }

    private static int FirstTokenOfHeader(string text, TableDefinition def, List<int> tokenOf)
    {
        var first = def.HeaderCells.Select(h => LabelText.Key(h.Text)).Where(k => k.Length > 0)
            .Select(k => text.IndexOf(k, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return tokenOf.Count == 0 ? 0 : tokenOf[Math.Min(first, tokenOf.Count - 1)];
    }

    private static void Assign(TableDefinition def, RowDefinition row, List<Token> values, TableReading reading)
    {
        var printed = def.ColumnsOf(row).Where(c => c.Printed).ToList();
        var basic = printed.Where(c => c.Derived is null).ToList();
        List<ColumnDefinition> columns;
        string? doubt = null;
        if (values.Count == printed.Count) columns = printed;
        else if (values.Count == basic.Count && basic.Count < printed.Count)
        {
            columns = basic;
            doubt = $"这一行只有 {values.Count} 个数，少于 {printed.Count} 列，按没有印合计列对应";
        }
        else if (values.Count == 0 && def.SkippedCell == SkippedCell.NotReported) return;
        else
        {
            columns = printed;
            doubt = $"这一行找到 {values.Count} 个数，应为 {printed.Count} 个；空白格在文字中不留痕迹，已按顺序对应";
        }
        for (var i = 0; i < Math.Min(values.Count, columns.Count); i++)
        {
            var column = columns[i];
            var key = (row.Key, column.Key);
            var value = CellValue.Parse(values[i].Text);
            if ((column.Derived is not null || row.Derived is not null) && def.DerivedInput != DerivedInput.Allowed) reading.Totals[key] = value;
            else reading.Cells[key] = value;
            if (doubt is not null) reading.Uncertain[key] = doubt;
        }
        if (doubt is not null)
            foreach (var column in columns.Skip(values.Count).Where(c => c.Derived is null))
                reading.Uncertain[(row.Key, column.Key)] = doubt;
    }
}
