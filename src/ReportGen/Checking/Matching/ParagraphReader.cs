using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Matching;

/// <summary>
/// Reads one paragraph, sentence by sentence: ties each number to the quantity its clause speaks of,
/// finds negative and universal statements, and collects every quantity named. The rules of the reading
/// are in lexicon.yaml's header; the words are there too. Each number looks back only to the previous
/// number (and one clause before), each statement to the end of its clause, so a paragraph is read in
/// time linear in its length.
/// </summary>
internal sealed class ParagraphReader(ReportModel model, CompiledLexicon lexicon, NarrativeParagraph paragraph, IReadOnlyCollection<string> sections)
{
    private readonly string _text = paragraph.Text;
    private List<Token> _tokens = [];

    public List<Mention> Mentions { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<Quantity> Spoken { get; } = [];

    private sealed record Clause(int From, int To, BoundaryKind Before, int BoundaryToken);

    /// <summary>A facet's value(s) as the clause gives them; <see cref="Source"/> carries other readings (or:) when there is one value.</summary>
    private sealed record Choice(IReadOnlyList<string> Values, LexiconValue? Source);

    private sealed record Reading(Quantity Quantity, IReadOnlySet<string> Extra);

    /// <summary>A number tied to a table while its sentence is read: what later numbers inherit and the clause may still decide.</summary>
    private sealed class Working
    {
        public required Mention Mention;
        public required int Token;
        public required int WindowFrom;
        public LexiconTable? Table;
        public Dictionary<string, Choice> Assign = [];
        public List<Reading> Readings = [];
    }

    private readonly record struct CueAt(int Token, Cue Cue);

    public void Read()
    {
        _tokens = Tokenizer.Tokenize(_text, lexicon);
        var from = 0;
        for (var i = 0; i <= _tokens.Count; i++)
        {
            if (i < _tokens.Count && _tokens[i] is not { Kind: TokenKind.Boundary, Boundary: BoundaryKind.Sentence }) continue;
            if (i > from) ReadSentence(from, i);
            from = i + 1;
        }
    }

    private void ReadSentence(int from, int to)
    {
        var clauses = new List<Clause>();
        var start = from;
        var before = BoundaryKind.Sentence;
        var boundaryToken = -1;
        for (var i = from; i <= to; i++)
        {
            if (i < to && _tokens[i].Kind != TokenKind.Boundary) continue;
            clauses.Add(new Clause(start, i, before, boundaryToken));
            if (i < to) { before = _tokens[i].Boundary; boundaryToken = i; }
            start = i + 1;
        }
        var sentenceStart = from > 0 ? _tokens[from - 1].End : 0;
        var sentenceEnd = to < _tokens.Count ? _tokens[to].Start : _text.Length;
        var sentence = new SentenceText(_text, sentenceStart, sentenceEnd);
        var topics = Topics(from, to);

        var working = new List<Working>();
        Working? last = null;
        // A bracket breaks down the number before it (直接起诉3件（其中尚未审结1件），复议后起诉1件): after it closes,
        // the next number continues from the number before the bracket, not from the breakdown.
        var beforeBracket = new Stack<Working?>();
        for (var ci = 0; ci < clauses.Count; ci++)
        {
            var clause = clauses[ci];
            if (clause.Before == BoundaryKind.Open) beforeBracket.Push(last);
            else if (clause.Before == BoundaryKind.Close && beforeBracket.Count > 0) last = beforeBracket.Pop();
            var windowFrom = clause.From;
            for (var t = clause.From; t < clause.To; t++)
            {
                if (_tokens[t].Kind != TokenKind.Number) continue;
                if (_tokens[t].Number!.IsMention)
                {
                    var w = ReadNumber(t, windowFrom, clause, ci > 0 ? clauses[ci - 1] : null, from, last, working, sentence, topics);
                    working.Add(w);
                    last = w;
                }
                windowFrom = t + 1;
            }
        }
        Decide(working);
        foreach (var w in working)
        {
            Mentions.Add(w.Mention with { Readings = w.Readings.Select(r => r.Quantity).ToList() });
            if (w.Readings.Count > 0) Speak(w.Readings[0].Quantity);
        }
        foreach (var clause in clauses)
        {
            ReadNegations(clause, from, sentence, topics);
            ReadUniversals(clause, from, sentence, topics);
            ReadWords(clause, from, topics);
        }
    }

    // ---------------------------------------------------------------- numbers

    private Working ReadNumber(int t, int windowFrom, Clause clause, Clause? previousClause, int sentenceFrom, Working? last, List<Working> working,
        SentenceText sentence, bool[] topics)
    {
        var token = _tokens[t];
        var mention = new Mention
        {
            Paragraph = paragraph,
            Start = token.Start,
            End = token.End,
            Number = token.Number!,
            Sentence = sentence.Around(token.Start, token.End),
            Cited = paragraph.Cited.Any(c => c.Start < token.End && token.Start < c.Start + c.Length),
        };
        var w = new Working { Mention = mention, Token = t, WindowFrom = windowFrom };
        if (Any(windowFrom, t, WordRole.Unrelated)) return w;

        // “N件，占P%”: the share of the count just stated.
        if (mention.IsPercent && last is { Readings.Count: > 0 } && last.Token >= sentenceFrom && FollowsShareWord(last.Token + 1, t))
        {
            w.Table = last.Table;
            w.Assign = last.Assign;
            w.Readings = [last.Readings[0]];
            w.Mention = mention with { ShareOf = last.Mention, ShareBase = BaseOf(last.Readings[0].Quantity) };
            return w;
        }

        var before = Cues(windowFrom, t, clause, topics);
        // 发出收费通知3份: the nearest word names something the tables do not count.
        if (before.Count > 0 && before.Where(c => c.Token == before.Max(x => x.Token)).All(c => !c.Cue.Value.Counts)) return w;
        var cues = before.Where(c => c.Cue.Value.Counts).ToList();
        if (cues.Count == 0) cues = CuesAfter(t, clause, topics).Where(c => c.Cue.Value.Counts).ToList();
        // “收到政府信息公开申请，共计52件”: a clause of nothing but 共计 takes the words of the clause before.
        if (cues.Count == 0 && previousClause is not null && clause.Before == BoundaryKind.Comma && ShortWindow(windowFrom, t) && !HasNumber(previousClause)
            && !EndsWith(previousClause, '中') && !Any(previousClause.From, previousClause.To, WordRole.Unrelated))
            cues = Cues(previousClause.From, previousClause.To, previousClause, topics);
        if (cues.Count == 0) return w;

        var context = Cues(sentenceFrom, Math.Min(windowFrom, cues.Min(c => c.Token)), null, topics);
        foreach (var (table, assign, readings) in Candidates(cues, last, context))
        {
            w.Table = table;
            w.Assign = assign;
            w.Readings = readings;
            if (mention.IsPercent) w.Mention = mention with { ShareBase = BaseOf(readings[0].Quantity) };
            break;
        }
        return w;
    }

    /// <summary>
    /// 其中/含 and 另有 decide between readings: “N件，其中上年结转M件” means N includes the carry-over, “另有上年结转M件”
    /// that it does not. A later number of the sentence naming the extra value of a reading settles it.
    /// </summary>
    private void Decide(List<Working> working)
    {
        for (var i = 0; i < working.Count; i++)
        {
            var w = working[i];
            if (w.Readings.Count < 2) continue;
            var extras = w.Readings.SelectMany(r => r.Extra).ToHashSet();
            for (var j = i + 1; j < working.Count; j++)
            {
                var later = working[j];
                if (later.Table != w.Table || !later.Assign.Values.Any(c => c.Values.Any(extras.Contains))) continue;
                var named = later.Assign.Values.SelectMany(c => c.Values).Where(extras.Contains).ToHashSet();
                if (Any(later.WindowFrom, later.Token, WordRole.Includes) || IncludesBefore(later))
                    w.Readings = w.Readings.Where(r => r.Extra.Overlaps(named)).ToList();
                else if (Any(later.WindowFrom, later.Token, WordRole.Besides))
                    w.Readings = w.Readings.Where(r => !r.Extra.Overlaps(named)).ToList();
                break;
            }
        }
    }

    /// <summary>“（含上年结转30件）”: the word may open the bracket's clause.</summary>
    private bool IncludesBefore(Working w) => w.WindowFrom < w.Token && _tokens[w.WindowFrom].Word?.Is(WordRole.Includes) == true;

    private bool FollowsShareWord(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = _tokens[i];
            if (token.Kind == TokenKind.Boundary) continue;
            return token.Word is { } word && word.Is(WordRole.Share);
        }
        return false;
    }

    /// <summary>What a share of <paramref name="quantity"/> is taken of: its parent row (办理结果 → （七）总计), else the total column it is part of.</summary>
    private static Quantity? BaseOf(Quantity quantity)
    {
        var def = quantity.Table.Definition;
        var parents = quantity.Parts.Select(p => ParentOf(def, p.Row, p.Column)).Distinct().ToList();
        return parents is [{ } only] ? Quantity.Of(quantity.Table, [only]) : null;
    }

    private static string? ParentOf(TableDefinition def, string rowKey, string column)
    {
        if (def.FindRow(rowKey) is not { } row) return null;
        var parent = row.Parent ?? (row.Data ? null : def.Rows.FirstOrDefault(r => r.Group == row.Key)?.Parent);
        if (parent is not null) return $"{parent}.{column}";
        return def.Columns.FirstOrDefault(c => c.Printed && c.DerivedParts.Contains(column)) is { } total ? $"{rowKey}.{total.Key}" : null;
    }

    // ---------------------------------------------------------------- statements

    /// <summary>未/没有/无 followed, in its clause, by words naming quantities (and no number): each of them is 0.</summary>
    private void ReadNegations(Clause clause, int sentenceFrom, SentenceText sentence, bool[] topics)
    {
        for (var t = clause.From; t < clause.To; t++)
        {
            if (_tokens[t].Word is not { } word || !word.Is(WordRole.Negation)) continue;
            var end = t + 1;
            while (end < clause.To && _tokens[end].Word?.Is(WordRole.Negation) != true) end++;
            if (HasNumber(t + 1, end)) { t = end - 1; continue; }
            var part = First(t + 1, end, WordRole.Rest);
            var cues = Cues(t + 1, end, clause, topics).Where(c => c.Cue.Value.Negatable).ToList();
            var context = Cues(sentenceFrom, t, null, topics);
            // A verb alone (未收到补正材料) does not say what there was none of.
            foreach (var conjunct in Conjuncts(cues).Where(c => c.Any(x => x.Cue.Kind != CueKind.Verb)))
                foreach (var (table, _, readings) in Candidates(conjunct, null, context))
                {
                    // 未收到需要收取信息处理费的申请 speaks of a part the table does not count; 没有需要结转到下一年度的申请 of one it does.
                    if (part >= 0 && !conjunct.Any(c => c.Token > part && c.Cue.Table == table && c.Cue.Kind >= CueKind.Verb)) break;
                    var words = string.Concat(conjunct.Select(c => _tokens[c.Token].Word!.Text).Distinct());
                    Claims.Add(new Claim(ClaimKind.Negative, paragraph, sentence.Around(_tokens[t].Start, _tokens[end - 1].End), words, [readings[0].Quantity]));
                    Speak(readings[0].Quantity);
                    break;
                }
            t = end - 1;
        }
    }

    /// <summary>Cues joined by 和/、/及 name separate quantities when they name the same facet (行政复议、行政诉讼).</summary>
    private List<List<CueAt>> Conjuncts(List<CueAt> cues)
    {
        var result = new List<List<CueAt>>();
        List<CueAt>? current = null;
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            var split = current is not null && Any(cues[i - 1].Token + 1, cue.Token, WordRole.Conjunction)
                        && current.Any(c => c.Cue.Facet == cue.Cue.Facet && c.Cue.Table == cue.Cue.Table);
            if (current is null || split) result.Add(current = []);
            current.Add(cue);
        }
        return result;
    }

    /// <summary>均/全部/所有 … 办结/审结/维持/予以公开: the exceptions the lexicon names for that word are 0.</summary>
    private void ReadUniversals(Clause clause, int sentenceFrom, SentenceText sentence, bool[] topics)
    {
        for (var u = clause.From; u < clause.To; u++)
        {
            if (_tokens[u].Word is not { } quantifier || !quantifier.Is(WordRole.Universal)) continue;
            var p = u + 1;
            while (p < clause.To && _tokens[p].Word is not { Predicates.Count: > 0 }) p++;
            if (p >= clause.To || Any(u + 1, p, WordRole.Negation) || HasNumber(u + 1, p) || Any(clause.From, p, WordRole.Rest)) continue;
            var predicate = _tokens[p].Word!;
            var done = Any(clause.From, p, WordRole.Done);
            var subject = Cues(sentenceFrom, p, null, topics);
            var tableOfSubject = subject.LastOrDefault(c => predicate.Predicates.Any(d => d.Table == c.Cue.Table.Table)).Cue?.Table.Table;
            var definition = predicate.Predicates.FirstOrDefault(d => (tableOfSubject is null || d.Table == tableOfSubject) && (!d.Done || done));
            if (definition is null || lexicon.Lexicon.FindTable(definition.Table) is not { } table) return;
            // A clause about a part only (上年结转的2件均已办结) says nothing about the rest.
            var rowFacet = table.Facets[0];
            if (definition.Subject.Count > 0 && Cues(clause.From, p, clause, topics)
                    .Any(c => c.Cue.Table == table && c.Cue.Facet == rowFacet && !definition.Subject.Contains(c.Cue.Value.Value)))
                return;
            var zero = ZeroCells(definition, table, subject.Where(c => c.Cue.Table == table).ToList())
                .Select(cells => Quantity.Of(model.Statistics, cells)).OfType<Quantity>().ToList();
            if (zero.Count == 0) return;
            Claims.Add(new Claim(ClaimKind.Universal, paragraph, sentence.Around(_tokens[u].Start, _tokens[p].End), predicate.Text, zero));
            foreach (var q in zero) Speak(q);
            return;
        }
    }

    /// <summary>The cells a universal statement says are 0, with each facet placeholder ({group}) put to the values the sentence names, or all.</summary>
    private static IEnumerable<IReadOnlyList<string>> ZeroCells(UniversalClaimDefinition definition, LexiconTable table, List<CueAt> subject)
    {
        foreach (var cell in definition.Zero)
        {
            IEnumerable<string> names = [cell];
            foreach (var facet in table.Facets)
            {
                var placeholder = "{" + facet.Name + "}";
                if (!cell.Contains(placeholder, StringComparison.Ordinal)) continue;
                var named = subject.Where(c => c.Cue.Facet == facet).SelectMany(c => c.Cue.Value.Means.Count > 0 ? c.Cue.Value.Means : [c.Cue.Value.Value]).Distinct().ToList();
                if (named.Count == 0) named = facet.Values.Where(v => v.Means.Count == 0).Select(v => v.Value).Distinct().ToList();
                names = names.SelectMany(n => named.Select(v => n.Replace(placeholder, v, StringComparison.Ordinal))).ToList();
            }
            foreach (var name in names) yield return [name];
        }
    }

    /// <summary>Words without a number still name what the text speaks of (对不予公开的申请…, 目前尚未审结): for R27.</summary>
    private void ReadWords(Clause clause, int sentenceFrom, bool[] topics)
    {
        var cues = Cues(clause.From, clause.To, clause, topics);
        var context = Cues(sentenceFrom, clause.From, null, topics);
        foreach (var cue in cues.Where(c => c.Cue.Kind == CueKind.Label))
        {
            var own = cues.Where(c => c.Cue.Table == cue.Cue.Table && (c.Cue.Facet != cue.Cue.Facet || c.Token == cue.Token)).ToList();
            foreach (var (_, _, readings) in Candidates(own, null, context))
            {
                Speak(readings[0].Quantity);
                break;
            }
        }
    }

    private void Speak(Quantity quantity)
    {
        foreach (var part in quantity.Parts)
            if (Quantity.Of(quantity.Table, [$"{part.Row}.{part.Column}"]) is { } q) Spoken.Add(q);
    }

    // ---------------------------------------------------------------- resolution

    /// <summary>Tables the cues name, the strongest (then nearest) first, each with the quantity its facets resolve to.</summary>
    private IEnumerable<(LexiconTable Table, Dictionary<string, Choice> Assign, List<Reading> Readings)> Candidates(List<CueAt> cues, Working? last, List<CueAt> context)
    {
        foreach (var group in TablesByStrength(cues))
        {
            var table = group.Table;
            var previous = last?.Table == table ? last : null;
            if (Resolve(table, group.Cues, previous, Where(context, c => c.Cue.Table == table)) is { } assign
                && Readings(table, assign) is { Count: > 0 } readings)
                yield return (table, assign, readings);
        }
    }

    /// <summary>
    /// The cues grouped by table in order of first mention, then ordered strongest kind first and, between equals,
    /// by the latest cue of that kind (stable, as LINQ's GroupBy and OrderBy were; written out because every number
    /// of every paragraph asks).
    /// </summary>
    private static List<CueGroup> TablesByStrength(List<CueAt> cues)
    {
        var groups = new List<CueGroup>();
        foreach (var c in cues)
        {
            CueGroup? group = null;
            foreach (var g in groups)
                if (EqualityComparer<LexiconTable>.Default.Equals(g.Table, c.Cue.Table)) { group = g; break; }
            if (group is null) groups.Add(group = new CueGroup(c.Cue.Table, groups.Count));
            group.Cues.Add(c);
            if (group.Cues.Count == 1 || c.Cue.Kind > group.Strongest) (group.Strongest, group.Nearest) = (c.Cue.Kind, c.Token);
            else if (c.Cue.Kind == group.Strongest) group.Nearest = Math.Max(group.Nearest, c.Token);
        }
        // List.Sort is not stable: the order of first mention breaks ties, as LINQ's stable ordering did.
        groups.Sort((x, y) => y.Strongest != x.Strongest ? y.Strongest.CompareTo(x.Strongest)
            : y.Nearest != x.Nearest ? y.Nearest.CompareTo(x.Nearest)
            : x.FirstMention.CompareTo(y.FirstMention));
        return groups;
    }

    private sealed class CueGroup(LexiconTable table, int firstMention)
    {
        public LexiconTable Table { get; } = table;
        public int FirstMention { get; } = firstMention;
        public List<CueAt> Cues { get; } = new();
        public CueKind Strongest { get; set; }
        public int Nearest { get; set; }
    }

    private Dictionary<string, Choice>? Resolve(LexiconTable table, List<CueAt> own, Working? previous, List<CueAt> context)
    {
        var assign = new Dictionary<string, Choice>();
        foreach (var facet in table.Facets)
        {
            var mine = Where(own, c => c.Cue.Facet == facet);
            var strong = Where(mine, c => c.Cue.Kind >= CueKind.Verb);
            var fromContext = Where(context, c => c.Cue.Facet == facet);
            if (strong.Count > 0) assign[facet.Name] = Pick(table, facet, strong);
            else if (previous is not null && previous.Assign.TryGetValue(facet.Name, out var inherited)) assign[facet.Name] = inherited;
            else if (mine.Count > 0) assign[facet.Name] = Pick(table, facet, mine);
            else if (fromContext.Count > 0) assign[facet.Name] = Pick(table, facet, fromContext);
            else if (facet.Default is { } d) assign[facet.Name] = new Choice([d], null);
            else return null;
        }
        return assign;
    }

    /// <summary>A filtered copy without LINQ's iterator: this runs for every facet of every claim of a report.</summary>
    private static List<CueAt> Where(List<CueAt> cues, Func<CueAt, bool> keep)
    {
        var result = new List<CueAt>();
        foreach (var c in cues)
            if (keep(c)) result.Add(c);
        return result;
    }

    /// <summary>
    /// The value a facet's words give: the strongest, then the nearest; a single narrower word of the same facet
    /// before it wins (因不掌握…无法提供N件 is 不掌握), unless 等 follows it (因不掌握等原因无法提供N件 is 无法提供);
    /// words joined by 和/、 add up (予以公开和部分公开共N件).
    /// </summary>
    private Choice Pick(LexiconTable table, LexiconFacet facet, List<CueAt> cues)
    {
        var best = cues.OrderByDescending(c => (int)c.Cue.Kind).ThenByDescending(c => c.Token).First();
        var narrower = cues.Where(c => c.Cue.Kind >= CueKind.Verb && lexicon.IsNarrower(table, facet.Name, c.Cue.Value.Value, best.Cue.Value.Value)
                                       && !Any(c.Token + 1, best.Token, WordRole.Etcetera))
            .Select(c => c.Cue.Value.Value).Distinct().ToList();
        if (narrower.Count == 1) best = cues.Last(c => c.Cue.Value.Value == narrower[0]);
        var values = new List<string> { best.Cue.Value.Value };
        var current = best;
        while (cues.Where(c => c.Token < current.Token).OrderByDescending(c => c.Token).FirstOrDefault() is { Cue: not null } before
               && OnlyConjunctionsBetween(before.Token, current.Token) && !values.Contains(before.Cue.Value.Value))
        {
            values.Insert(0, before.Cue.Value.Value);
            current = before;
        }
        return new Choice(values, values.Count == 1 ? best.Cue.Value : null);
    }

    private List<Reading> Readings(LexiconTable table, Dictionary<string, Choice> assign)
    {
        var result = new List<Reading>();
        if (Build(table, assign) is not { } primary) return result;
        result.Add(new Reading(primary, new HashSet<string>()));
        foreach (var (facet, choice) in assign)
        {
            if (choice.Source is not { Or.Count: > 0 } source) continue;
            foreach (var alternative in source.Or)
            {
                var other = new Dictionary<string, Choice>(assign) { [facet] = new Choice(alternative, null) };
                if (Build(table, other) is { } quantity && !result.Any(r => r.Quantity.SameAs(quantity)))
                    result.Add(new Reading(quantity, alternative.Where(v => !choice.Values.Contains(v)).ToHashSet()));
            }
        }
        return result;
    }

    /// <summary>The cell template with each facet's values put in (a value that means others expands to them); null when a cell does not exist.</summary>
    private Quantity? Build(LexiconTable table, Dictionary<string, Choice> assign)
    {
        if (model.Statistics.Find(table.Table) is not { } stat) return null;
        IEnumerable<string> names = [table.CellTemplate];
        var onlyColumn = new List<string>();
        foreach (var facet in table.Facets)
        {
            var placeholder = "{" + facet.Name + "}";
            var values = assign[facet.Name].Values;
            if (values is [LexiconFacet.OnlyColumn]) { onlyColumn.Add(placeholder); continue; }
            var expanded = values.SelectMany(v => facet.Named(v).FirstOrDefault(x => x.Means.Count > 0) is { } m ? m.Means : [v]).Distinct().ToList();
            names = names.SelectMany(n => expanded.Select(v => n.Replace(placeholder, v, StringComparison.Ordinal))).ToList();
        }
        foreach (var placeholder in onlyColumn)
            names = names.Select(n => LexiconCells.OnlyColumn(stat.Definition, n[..Math.Max(0, n.IndexOf('.'))]) is { } c ? n.Replace(placeholder, c, StringComparison.Ordinal) : n).ToList();
        var list = names.ToList();
        return list.Any(n => n.Contains('{')) ? null : Quantity.Of(stat, list);
    }

    // ---------------------------------------------------------------- words

    /// <summary>
    /// The valid cues among tokens [from, to): a word of 结转 only beside the right year, a verb only where its
    /// table is the topic (a noun or label of the table in the sentence, or a section the table names).
    /// </summary>
    private List<CueAt> Cues(int from, int to, Clause? clause, bool[] topics)
    {
        var result = new List<CueAt>();
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Word is not { Cues.Count: > 0 } word) continue;
            foreach (var cue in word.Cues)
            {
                if (cue.Kind == CueKind.Verb && !topics[cue.TableIndex]) continue;
                if (cue.Value.NeedsNoun && !HasTopicWord(cue.TableIndex, clause?.From ?? from, clause?.To ?? to)) continue;
                if (cue.Value.Year == YearCondition.PreviousBefore && !YearBefore(t, clause?.From ?? from, model.Year - 1)) continue;
                if (cue.Value.Year == YearCondition.NextAfter && !YearRightAfter(t, model.Year + 1)) continue;
                result.Add(new CueAt(t, cue));
            }
        }
        return result;
    }

    /// <summary>
    /// Words right after the number, as long as nothing but words of the lexicon and fillers (的、申请、案件、被 …)
    /// follow each other: “5件予以公开”, “1件尚未审结”, “4件申请结转到2024年”, “3件行政复议案件被纠正”.
    /// </summary>
    private List<CueAt> CuesAfter(int number, Clause clause, bool[] topics)
    {
        var result = new List<CueAt>();
        var position = _tokens[number].End;
        for (var t = number + 1; t < clause.To; t++)
        {
            var token = _tokens[t];
            if (token.Start != position || token.Word is not { } word) break;
            var cues = Cues(t, t + 1, clause, topics).Where(c => c.Cue.Kind >= CueKind.Verb).ToList();
            if (cues.Count == 0 && !word.Is(WordRole.Filler)) break;
            result.AddRange(cues);
            position = token.End;
        }
        return result;
    }

    /// <summary>Per lexicon table: whether its verbs count in this sentence.</summary>
    private bool[] Topics(int from, int to)
    {
        var tables = lexicon.Lexicon.Tables;
        var result = new bool[tables.Count];
        for (var i = 0; i < tables.Count; i++)
            result[i] = tables[i].Sections.Any(sections.Contains);
        for (var t = from; t < to; t++)
            if (_tokens[t].Word is { Cues.Count: > 0 } word)
                foreach (var cue in word.Cues.Where(c => c.Kind != CueKind.Verb))
                    result[cue.TableIndex] = true;
        return result;
    }

    /// <summary>A noun or cue of the table between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool HasTopicWord(int table, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (_tokens[t].Word is { Cues.Count: > 0 } word && word.Cues.Any(c => c.TableIndex == table && c.Kind != CueKind.Verb)) return true;
        return false;
    }

    private bool YearBefore(int t, int from, int year)
    {
        for (var i = from; i < t; i++)
            if (_tokens[i] is { Kind: TokenKind.Year } y && y.Year == year) return true;
        return false;
    }

    private bool YearRightAfter(int t, int year)
    {
        if (t + 1 >= _tokens.Count || _tokens[t + 1] is not { Kind: TokenKind.Year } y || y.Year != year) return false;
        var gap = _text[_tokens[t].End..y.Start];
        return gap.Length <= 2 && gap.All(c => c is '至' or '到' or '入');
    }

    private bool OnlyConjunctionsBetween(int a, int b)
    {
        var covered = 0;
        for (var i = a + 1; i < b; i++)
        {
            if (_tokens[i].Word is not { } word || !word.Is(WordRole.Conjunction)) return false;
            covered += _tokens[i].End - _tokens[i].Start;
        }
        return covered > 0 && covered == _tokens[b].Start - _tokens[a].End;
    }

    private int First(int from, int to, WordRole role)
    {
        for (var i = from; i < to; i++)
            if (_tokens[i].Word?.Is(role) == true) return i;
        return -1;
    }

    private bool Any(int from, int to, WordRole role)
    {
        for (var i = from; i < to; i++)
            if (_tokens[i].Word?.Is(role) == true) return true;
        return false;
    }

    /// <summary>The window before a number holds at most a few characters (共计, 合计为) and no word of the lexicon.</summary>
    private bool ShortWindow(int from, int number)
    {
        var start = from > 0 ? _tokens[from - 1].End : 0;
        return _tokens[number].Start - start <= 3 && !Enumerable.Range(from, number - from).Any(i => _tokens[i].Word is { Cues.Count: > 0 });
    }

    private bool HasNumber(Clause clause) => HasNumber(clause.From, clause.To);

    private bool HasNumber(int from, int to)
    {
        for (var i = from; i < to; i++)
            if (_tokens[i].Number?.IsMention == true) return true;
        return false;
    }

    private bool EndsWith(Clause clause, char c)
    {
        var end = clause.To < _tokens.Count ? _tokens[clause.To].Start : _text.Length;
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(_text[i])) i--;
        return i >= 0 && _text[i] == c;
    }

    /// <summary>A sentence of the paragraph, clipped around a position for messages.</summary>
    private readonly record struct SentenceText(string Text, int Start, int End)
    {
        public string Around(int from, int to)
        {
            var (s, e) = (Start, End);
            while (s < e && char.IsWhiteSpace(Text[s])) s++;
            while (e > s && char.IsWhiteSpace(Text[e - 1])) e--;
            if (e - s <= 48) return Text[s..e];
            var clipStart = Math.Max(s, from - 24);
            var clipEnd = Math.Min(e, Math.Max(to + 12, clipStart + 36));
            return (clipStart > s ? "…" : "") + Text[clipStart..clipEnd] + (clipEnd < e ? "…" : "");
        }
    }
}
