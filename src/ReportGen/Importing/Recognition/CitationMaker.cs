using System.Text.RegularExpressions;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// Turns numbers in the narrative that equal the table cell their sentence talks about into ${…}
/// citations, so the text can never again disagree with the table. “Talks about” is decided by the
/// format's own sentence patterns (narrative_figures, those R12 checks) and, for other cells, by the row
/// and column words (labels and lexicon mentions) in the same sentence before the number. Equal numbers
/// become citations, differing ones (of the format's patterns) stay literal for check to flag; both are
/// listed. A share right after a cited number (“占43.3%”) becomes ${…:pct} when it is the share R13 computes.
/// </summary>
public sealed partial class CitationMaker
{
    private readonly FormatDefinition _format;
    private readonly Statistics _statistics;
    private readonly List<Candidate> _candidates = new();
    private readonly Dictionary<string, List<Candidate>> _byValue = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, IReadOnlyList<string> Cells)> _patterns = new();

    private sealed record Candidate(string Reference, string Printed, IReadOnlyList<string> RowWords, IReadOnlyList<IReadOnlyList<string>> ColumnWords);

    public sealed record Outcome(string Text, List<(string Number, string Reference)> Cited, List<(string Number, string Reference, string TableValue)> Differing);

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)(?![\d.])\s*(?<unit>件|条|个|次|篇|人次|人|万元|元|项|起|份|部|家)")]
    private static partial Regex CountedNumber();

    [GeneratedRegex(@"^\s*[，,]?\s*(?:占|占比|占比为|比例为|约占)\s*(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex ShareAfter();

    public CitationMaker(FormatDefinition format, Statistics statistics, ImportLexicon lexicon)
    {
        _format = format;
        _statistics = statistics;
        foreach (var figure in format.NarrativeFigures)
        {
            try { _patterns.Add((new Regex(figure.Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)), figure.Cells)); }
            catch (ArgumentException) { }
        }
        foreach (var table in format.Tables)
        {
            var single = format.Tables.Count == 1;
            foreach (var row in table.Rows.Where(r => r.Data))
            {
                var rowWords = new List<string>();
                if (row.Printed || table.LabelColumns > 0)
                {
                    var core = LabelText.Core(row.Label);
                    if (core.Length >= 2) rowWords.Add(core);
                }
                rowWords.AddRange(lexicon.RowVariants(table.Id, row.Key));
                rowWords.AddRange(lexicon.RowMentions(table.Id, row.Key));
                if (table.LabelColumns == 0) rowWords.Clear();
                foreach (var column in table.ColumnsOf(row).Concat(table.Columns.Where(c => !c.Printed)).Distinct())
                {
                    var reference = single && table.IsSingleColumn ? row.Key : $"{table.Id}.{row.Key}.{column.Key}";
                    var printed = Resolve("${" + reference + "}");
                    if (printed is null || printed == "0") continue;
                    var columnWords = new List<IReadOnlyList<string>>();
                    if (!table.IsSingleColumn && column.Key != "total" && table.ColumnsOf(row).Count > 1 || table.LabelColumns == 0)
                    {
                        var mentions = lexicon.ColumnMentions(table.Id, column.Key);
                        var parts = column.Label.Split('／').Where(p => p != "总计").ToList();
                        if (mentions.Count > 0) columnWords.Add(mentions.Concat(parts.Take(parts.Count == 1 ? 1 : 0)).ToList());
                        else foreach (var part in parts) columnWords.Add(new[] { LabelText.Core(part) }.Concat(lexicon.ColumnVariants(table.Id, column.Key)).ToList());
                    }
                    var candidate = new Candidate(reference, printed, rowWords, columnWords);
                    _candidates.Add(candidate);
                    if (!_byValue.TryGetValue(printed, out var list)) _byValue[printed] = list = new List<Candidate>();
                    list.Add(candidate);
                }
            }
        }
    }

    private string? Resolve(string citation)
    {
        var failed = false;
        var text = Citations.Resolve(citation, _statistics, (_, _) => failed = true);
        return failed ? null : text;
    }

    /// <summary>The paragraph with citations put in (literal “${” escaped first), and what was cited or found to differ.</summary>
    public Outcome Cite(string paragraph)
    {
        var text = paragraph.Replace("${", "$${", StringComparison.Ordinal);
        var replacements = new List<(int At, int Length, string With)>();
        var cited = new List<(string, string)>();
        var differing = new List<(string, string, string)>();
        var taken = new HashSet<int>();

        // 1. The format's own sentence patterns (what R12 checks).
        foreach (var (pattern, cells) in _patterns)
        {
            MatchCollection matches;
            try { matches = pattern.Matches(text); _ = matches.Count; }
            catch (RegexMatchTimeoutException) { continue; }
            foreach (Match m in matches)
            {
                var n = m.Groups["n"];
                if (!n.Success || taken.Contains(n.Index)) continue;
                var references = cells.Select(c => (Reference: ShortReference(c), Printed: Resolve("${" + ShortReference(c) + "}"))).Where(c => c.Printed is not null).ToList();
                var equal = references.FirstOrDefault(r => r.Printed == n.Value);
                if (equal.Reference is not null)
                {
                    replacements.Add((n.Index, n.Length, "${" + equal.Reference + "}"));
                    cited.Add((n.Value, equal.Reference));
                    taken.Add(n.Index);
                }
                else if (references.Count > 0)
                {
                    differing.Add((n.Value, references[0].Reference, references[0].Printed!));
                    taken.Add(n.Index);
                }
            }
        }

        // 2. Other counted numbers whose sentence names the cell.
        foreach (Match m in CountedNumber().Matches(text))
        {
            var n = m.Groups["n"];
            if (taken.Contains(n.Index) || !_byValue.TryGetValue(n.Value, out var candidates)) continue;
            var sentenceStart = Math.Max(text.LastIndexOfAny(new[] { '。', '；', '！', '？', ';' }, Math.Max(0, n.Index - 1)) + 1, 0);
            var clauseEnd = text.IndexOfAny(new[] { '，', '。', '；', ',', ';' }, m.Index + m.Length);
            var before = text[sentenceStart..n.Index];
            var after = text[(m.Index + m.Length)..(clauseEnd < 0 ? text.Length : clauseEnd)];
            var best = candidates.Select(c => (Candidate: c, Distance: Distance(c, before, after))).Where(x => x.Distance >= 0)
                .OrderBy(x => x.Distance).ToList();
            if (best.Count == 0 || best.Count > 1 && best[0].Distance == best[1].Distance) continue;
            replacements.Add((n.Index, n.Length, "${" + best[0].Candidate.Reference + "}"));
            cited.Add((n.Value, best[0].Candidate.Reference));
            taken.Add(n.Index);
        }

        // 3. “占P%” after a cited number.
        foreach (var (at, length, with) in replacements.ToList())
        {
            var end = at + length;
            var unit = CountedNumber().Match(text, at);
            if (unit.Success && unit.Index == at) end = unit.Index + unit.Length;
            var share = ShareAfter().Match(text[end..]);
            if (!share.Success) continue;
            var reference = with[2..^1];
            foreach (var suffix in new[] { "pct", "pct0", "pct2" })
            {
                if (Resolve("${" + reference + ":" + suffix + "}") != share.Groups["p"].Value + "%") continue;
                var p = share.Groups["p"];
                replacements.Add((end + p.Index, p.Length + 1, "${" + reference + ":" + suffix + "}"));
                break;
            }
        }

        foreach (var (at, length, with) in replacements.OrderByDescending(r => r.At))
            text = text[..at] + with + text[(at + length)..];
        return new Outcome(text, cited, differing);
    }

    /// <summary>A reference as the data file writes it: the bare row for the single table of a format.</summary>
    private string ShortReference(string cell)
    {
        var parts = cell.Split('.');
        return parts.Length == 3 && _format.Tables.Count == 1 && _format.Tables[0].IsSingleColumn ? parts[1] : cell;
    }

    /// <summary>How far before the number the sentence names the cell (row words, every column part); −1 when it does not.</summary>
    private static int Distance(Candidate c, string before, string after)
    {
        var nearest = int.MaxValue;
        if (c.RowWords.Count > 0)
        {
            var at = LastIndex(before, c.RowWords);
            if (at < 0 && IndexIn(after, c.RowWords) < 0) return -1;
            if (at >= 0) nearest = before.Length - at;
        }
        foreach (var group in c.ColumnWords)
        {
            var at = LastIndex(before, group);
            if (at < 0 && IndexIn(after, group) < 0) return -1;
            if (at >= 0) nearest = Math.Min(nearest, before.Length - at);
        }
        if (c.RowWords.Count == 0 && c.ColumnWords.Count == 0) return -1;
        return nearest == int.MaxValue ? 1000 : nearest;
    }

    private static int LastIndex(string text, IEnumerable<string> words)
        => words.Where(w => w.Length > 0).Select(w => text.LastIndexOf(w, StringComparison.Ordinal)).DefaultIfEmpty(-1).Max();

    private static int IndexIn(string text, IEnumerable<string> words)
        => words.Where(w => w.Length > 0).Any(w => text.Contains(w, StringComparison.Ordinal)) ? 0 : -1;
}
