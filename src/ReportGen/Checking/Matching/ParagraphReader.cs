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
/// <param name="built">The quantities built so far for this report, shared by the readers of its paragraphs.</param>
internal sealed class ParagraphReader(ReportModel model, CompiledLexicon lexicon, NarrativeParagraph paragraph, IReadOnlyCollection<string> sections, BuiltQuantities built)
{
    private readonly string _text = paragraph.Text;
    private readonly List<Token> _tokens = built.Tokens;

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

    /// <summary>
    /// The tokens of the sentence before a window, whose cues fill a facet the window leaves open. Kept as a range and read
    /// per facet only when asked: most numbers and labels resolve every facet from their own words, and collecting the
    /// sentence's start for each of them made reading a sentence quadratic in its length.
    /// </summary>
    private readonly record struct Context(int From, int To);

    /// <summary>Per lexicon table, whether its verbs count in the sentence being read (<see cref="Topics"/>).</summary>
    private bool[] _topics = [];

    public void Read()
    {
        Tokenizer.Tokenize(_text, lexicon, _tokens);
        var from = 0;
        for (var i = 0; i <= _tokens.Count; i++)
        {
            if (i < _tokens.Count && _tokens[i] is not { Kind: TokenKind.Boundary, Boundary: BoundaryKind.Sentence }) continue;
            if (i > from) ReadSentence(from, i);
            from = i + 1;
        }
    }

    // Reused for each sentence of the paragraph: a sentence is read to its end before the next begins, and nothing read
    // keeps its clauses, its list of numbers or its bracket stack.
    private readonly List<Clause> _clauses = [];
    private readonly List<Working> _working = [];
    private readonly Stack<Working?> _beforeBracket = new();

    private void ReadSentence(int from, int to)
    {
        var clauses = _clauses;
        clauses.Clear();
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

        var working = _working;
        working.Clear();
        Working? last = null;
        // A bracket breaks down the number before it (直接起诉3件（其中尚未审结1件），复议后起诉1件): after it closes,
        // the next number continues from the number before the bracket, not from the breakdown.
        var beforeBracket = _beforeBracket;
        beforeBracket.Clear();
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
            Mentions.Add(w.Mention with { Readings = QuantitiesOf(w.Readings) });
            if (w.Readings.Count > 0) Speak(w.Readings[0].Quantity);
        }
        foreach (var clause in clauses)
        {
            ReadNegations(clause, from, sentence, topics);
            ReadUniversals(clause, from, sentence, topics);
            ReadWords(clause, from, topics);
        }
    }

    private static List<Quantity> QuantitiesOf(List<Reading> readings)
    {
        var result = new List<Quantity>(readings.Count);
        foreach (var r in readings) result.Add(r.Quantity);
        return result;
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
            Cited = IsCited(token),
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
        if (before.Count > 0 && NearestCountNothing(before)) return w;
        var cues = Counting(before);
        if (cues.Count == 0) cues = Counting(CuesAfter(t, clause, topics));
        // “收到政府信息公开申请，共计52件”: a clause of nothing but 共计 takes the words of the clause before.
        if (cues.Count == 0 && previousClause is not null && clause.Before == BoundaryKind.Comma && ShortWindow(windowFrom, t) && !HasNumber(previousClause)
            && !EndsWith(previousClause, '中') && !Any(previousClause.From, previousClause.To, WordRole.Unrelated))
            cues = Cues(previousClause.From, previousClause.To, previousClause, topics);
        if (cues.Count == 0) return w;

        var context = new Context(sentenceFrom, Math.Min(windowFrom, FirstToken(cues)));
        if (FirstCandidate(cues, last, context, allReadings: true) is { } found)
        {
            w.Table = found.Table;
            w.Assign = found.Assign;
            w.Readings = found.Readings;
            if (mention.IsPercent) w.Mention = mention with { ShareBase = BaseOf(found.Readings[0].Quantity) };
        }
        return w;
    }

    /// <summary>Whether a citation (${…}) put the token's text there.</summary>
    private bool IsCited(Token token)
    {
        foreach (var c in paragraph.Cited)
            if (c.Start < token.End && token.Start < c.Start + c.Length) return true;
        return false;
    }

    /// <summary>Whether every cue of the nearest word (the latest token among <paramref name="cues"/>) names something not counted.</summary>
    private static bool NearestCountNothing(List<CueAt> cues)
    {
        var nearest = int.MinValue;
        foreach (var c in cues) nearest = Math.Max(nearest, c.Token);
        foreach (var c in cues)
            if (c.Token == nearest && c.Cue.Value.Counts) return false;
        return true;
    }

    /// <summary>The cues whose words name something the tables count.</summary>
    private static List<CueAt> Counting(List<CueAt> cues) => Keep(cues, static c => c.Cue.Value.Counts);

    /// <summary>A filter without LINQ's iterator; the predicates are static lambdas, cached, so nothing is allocated but the list.</summary>
    private static List<CueAt> Keep(List<CueAt> cues, Func<CueAt, bool> keep)
    {
        List<CueAt>? result = null;
        foreach (var c in cues)
            if (keep(c)) Add(ref result, c, cues.Count);
        return result ?? NoCues;
    }

    /// <summary>
    /// The empty list of cues, shared by every filter that keeps nothing (most do, for most words): no list of cues a
    /// method is given is ever written to, each collects into its own, so one empty instance can stand for all.
    /// </summary>
    private static readonly List<CueAt> NoCues = [];

    /// <summary>Adds to a list made on the first cue kept, so a filter that keeps nothing allocates nothing.</summary>
    private static void Add(ref List<CueAt>? list, CueAt cue, int capacity = 0)
        => (list ??= new List<CueAt>(capacity)).Add(cue);

    private static int FirstToken(List<CueAt> cues)
    {
        var first = int.MaxValue;
        foreach (var c in cues) first = Math.Min(first, c.Token);
        return first;
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
            var cues = Negatable(Cues(t + 1, end, clause, topics));
            var context = new Context(sentenceFrom, t);
            foreach (var conjunct in Conjuncts(cues))
            {
                // A verb alone (未收到补正材料) does not say what there was none of.
                if (!HasNonVerb(conjunct)) continue;
                if (FirstCandidate(conjunct, null, context, allReadings: false) is not { } found) continue;
                // 未收到需要收取信息处理费的申请 speaks of a part the table does not count; 没有需要结转到下一年度的申请 of one it does.
                if (part >= 0 && !NamesPartAfter(conjunct, part, found.Table)) continue;
                var words = string.Concat(conjunct.Select(c => _tokens[c.Token].Word!.Text).Distinct());
                var quantity = found.Readings[0].Quantity;
                Claims.Add(new Claim(ClaimKind.Negative, paragraph, sentence.Around(_tokens[t].Start, _tokens[end - 1].End), words, [quantity]));
                Speak(quantity);
            }
            t = end - 1;
        }
    }

    private static List<CueAt> Negatable(List<CueAt> cues) => Keep(cues, static c => c.Cue.Value.Negatable);

    private static bool HasNonVerb(List<CueAt> cues)
    {
        foreach (var c in cues)
            if (c.Cue.Kind != CueKind.Verb) return true;
        return false;
    }

    /// <summary>A verb or label of <paramref name="table"/> after the token <paramref name="part"/> (需要…的申请 of a part the table counts).</summary>
    private static bool NamesPartAfter(List<CueAt> cues, int part, LexiconTable table)
    {
        foreach (var c in cues)
            if (c.Token > part && c.Cue.Table == table && c.Cue.Kind >= CueKind.Verb) return true;
        return false;
    }

    /// <summary>Cues joined by 和/、/及 name separate quantities when they name the same facet (行政复议、行政诉讼).</summary>
    private List<List<CueAt>> Conjuncts(List<CueAt> cues)
    {
        var result = new List<List<CueAt>>();
        List<CueAt>? current = null;
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            var split = current is not null && Any(cues[i - 1].Token + 1, cue.Token, WordRole.Conjunction) && HasSameFacet(current, cue.Cue);
            if (current is null || split) result.Add(current = []);
            current.Add(cue);
        }
        return result;
    }

    private static bool HasSameFacet(List<CueAt> cues, Cue cue)
    {
        foreach (var c in cues)
            if (c.Cue.Facet == cue.Facet && c.Cue.Table == cue.Table) return true;
        return false;
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
            ReadUniversal(clause, u, p, sentenceFrom, sentence, topics);
            return;
        }
    }

    /// <summary>
    /// The statement of quantifier <paramref name="u"/> and predicate <paramref name="p"/>, the first of its clause. A method of its own
    /// because its lambdas capture its locals: C# makes their closure on entry to the block declaring them, which was every token.
    /// </summary>
    private void ReadUniversal(Clause clause, int u, int p, int sentenceFrom, SentenceText sentence, bool[] topics)
    {
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
        var context = new Context(sentenceFrom, clause.From);
        foreach (var cue in cues)
        {
            if (cue.Cue.Kind != CueKind.Label) continue;
            if (FirstCandidate(OwnCues(cues, cue, _ownCues), null, context, allReadings: false) is { } found) Speak(found.Readings[0].Quantity);
        }
    }

    /// <summary>Reused for each label's cues: <see cref="FirstCandidate"/> groups them into lists of its own and keeps none.</summary>
    private readonly List<CueAt> _ownCues = [];

    /// <summary>The cues of the label's table, leaving out the other values of the label's own facet; into <paramref name="result"/>, cleared first.</summary>
    private static List<CueAt> OwnCues(List<CueAt> cues, CueAt label, List<CueAt> result)
    {
        result.Clear();
        foreach (var c in cues)
            if (c.Cue.Table == label.Cue.Table && (c.Cue.Facet != label.Cue.Facet || c.Token == label.Token)) result.Add(c);
        return result;
    }

    /// <summary>Each part of the quantity on its own (a sum names each of its addends).</summary>
    private void Speak(Quantity quantity)
    {
        // One part: the quantity is what naming that part again would resolve to (same parts, same cells).
        if (quantity.Parts.Count == 1)
        {
            Spoken.Add(quantity);
            return;
        }
        foreach (var part in quantity.Parts)
            if (Quantity.Of(quantity.Table, [$"{part.Row}.{part.Column}"]) is { } q) Spoken.Add(q);
    }

    // ---------------------------------------------------------------- resolution

    private readonly record struct Candidate(LexiconTable Table, Dictionary<string, Choice> Assign, List<Reading> Readings);

    /// <summary>
    /// Of the tables the cues name, the strongest (then nearest) whose facets resolve to a quantity, with it; null when none does.
    /// <paramref name="allReadings"/> false: the first reading only (a statement or a word speaks of the usual one; the
    /// others are for numbers, which 其中/另有 may decide between).
    /// </summary>
    private Candidate? FirstCandidate(List<CueAt> cues, Working? last, Context context, bool allReadings)
    {
        foreach (var group in TablesByStrength(cues))
        {
            var table = group.Table;
            var previous = last?.Table == table ? last : null;
            if (Resolve(table, group.Cues, previous, context) is { } assign
                && Readings(table, assign, allReadings) is { Count: > 0 } readings)
                return new Candidate(table, assign, readings);
        }
        return null;
    }

    /// <summary>
    /// The cues grouped by table in order of first mention, then ordered strongest kind first and, between equals,
    /// by the latest cue of that kind (stable, as LINQ's GroupBy and OrderBy were; written out because every number
    /// of every paragraph asks).
    /// </summary>
    private List<CueGroup> TablesByStrength(List<CueAt> cues)
    {
        var groups = _groups;
        groups.Clear();
        foreach (var c in cues)
        {
            CueGroup? group = null;
            foreach (var g in groups)
                if (EqualityComparer<LexiconTable>.Default.Equals(g.Table, c.Cue.Table)) { group = g; break; }
            if (group is null) groups.Add(group = NewGroup(c.Cue.Table, groups.Count));
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

    /// <summary>
    /// The groups of the latest <see cref="TablesByStrength"/>, and every group made so far by order of first mention, reused:
    /// a candidate keeps its table and values, never its group, and nothing that resolves a group groups cues again.
    /// </summary>
    private readonly List<CueGroup> _groups = [];

    private readonly List<CueGroup> _madeGroups = [];

    /// <summary>The group of the table mentioned <paramref name="firstMention"/>-th, emptied, made only the first time.</summary>
    private CueGroup NewGroup(LexiconTable table, int firstMention)
    {
        if (firstMention == _madeGroups.Count) _madeGroups.Add(new CueGroup());
        var group = _madeGroups[firstMention];
        group.Reset(table, firstMention);
        return group;
    }

    private sealed class CueGroup
    {
        public LexiconTable Table { get; private set; } = null!;
        public int FirstMention { get; private set; }
        public List<CueAt> Cues { get; } = new();
        public CueKind Strongest { get; set; }
        public int Nearest { get; set; }

        public void Reset(LexiconTable table, int firstMention)
        {
            (Table, FirstMention, Strongest, Nearest) = (table, firstMention, default, 0);
            Cues.Clear();
        }
    }

    /// <param name="context">The sentence before the window (only this table's cues are read, and only for a facet the window leaves open).</param>
    private Dictionary<string, Choice>? Resolve(LexiconTable table, List<CueAt> own, Working? previous, Context context)
    {
        var assign = new Dictionary<string, Choice>();
        // Index loops over the lists the format reads (interfaces): a foreach boxes their enumerator, for every candidate.
        for (var f = 0; f < table.Facets.Count; f++)
        {
            var facet = table.Facets[f];
            var mine = OfFacet(own, facet, _ofFacet);
            var strong = Strong(mine, _strongOfFacet);
            if (strong.Count > 0) assign[facet.Name] = Pick(table, facet, strong);
            else if (previous is not null && previous.Assign.TryGetValue(facet.Name, out var inherited)) assign[facet.Name] = inherited;
            else if (mine.Count > 0) assign[facet.Name] = Pick(table, facet, mine);
            else if (CuesOf(context, table, facet) is { Count: > 0 } fromContext) assign[facet.Name] = Pick(table, facet, fromContext);
            else if (facet.Default is { } d) assign[facet.Name] = new Choice([d], null);
            else return null;
        }
        return assign;
    }

    // Filtered copies written out, without LINQ's iterators and closures: these run for every facet of every number of a report.

    /// <summary>The valid cues of the context naming <paramref name="facet"/> of <paramref name="table"/>: what <see cref="Cues"/> over it would give, filtered.</summary>
    private List<CueAt> CuesOf(Context context, LexiconTable table, LexiconFacet facet)
        => Cues(context.From, context.To, null, _topics, table, facet);

    /// <summary>
    /// Reused for one facet at a time in <see cref="Resolve"/>: <see cref="Pick"/> reads the cues and keeps only their values,
    /// and nothing it calls resolves again, so two lists serve every facet of every candidate of the paragraph.
    /// </summary>
    private readonly List<CueAt> _ofFacet = [];

    private readonly List<CueAt> _strongOfFacet = [];

    /// <summary>The cues of <paramref name="facet"/>, into <paramref name="result"/>, cleared first.</summary>
    private static List<CueAt> OfFacet(List<CueAt> cues, LexiconFacet facet, List<CueAt> result)
    {
        result.Clear();
        foreach (var c in cues)
            if (c.Cue.Facet == facet) result.Add(c);
        return result;
    }

    /// <summary><see cref="Strong(List{CueAt})"/> into <paramref name="result"/>, cleared first.</summary>
    private static List<CueAt> Strong(List<CueAt> cues, List<CueAt> result)
    {
        result.Clear();
        foreach (var c in cues)
            if (c.Cue.Kind >= CueKind.Verb) result.Add(c);
        return result;
    }

    /// <summary>Verbs and labels: the words that name a value on their own.</summary>
    private static List<CueAt> Strong(List<CueAt> cues)
    {
        List<CueAt>? result = null;
        foreach (var c in cues)
            if (c.Cue.Kind >= CueKind.Verb) Add(ref result, c);
        return result ?? NoCues;
    }

    /// <summary>
    /// The value a facet's words give: the strongest, then the nearest; a single narrower word of the same facet
    /// before it wins (因不掌握…无法提供N件 is 不掌握), unless 等 follows it (因不掌握等原因无法提供N件 is 无法提供);
    /// words joined by 和/、 add up (予以公开和部分公开共N件).
    /// </summary>
    private Choice Pick(LexiconTable table, LexiconFacet facet, List<CueAt> cues)
    {
        var best = Strongest(cues);
        if (OnlyNarrower(table, facet, cues, best) is { } narrower) best = LastOf(cues, narrower);
        var values = new List<string> { best.Cue.Value.Value };
        var current = best;
        while (LatestBefore(cues, current.Token) is { } before
               && OnlyConjunctionsBetween(before.Token, current.Token) && !values.Contains(before.Cue.Value.Value))
        {
            values.Insert(0, before.Cue.Value.Value);
            current = before;
        }
        return new Choice(values, values.Count == 1 ? best.Cue.Value : null);
    }

    /// <summary>The strongest kind, then the latest token; the first in list order between equals (as a stable sort would have it).</summary>
    private static CueAt Strongest(List<CueAt> cues)
    {
        var best = cues[0];
        foreach (var c in cues)
            if (c.Cue.Kind > best.Cue.Kind || (c.Cue.Kind == best.Cue.Kind && c.Token > best.Token)) best = c;
        return best;
    }

    /// <summary>The one value, among verbs and labels, narrower than <paramref name="best"/>'s and not followed by 等 before it; null when none or several.</summary>
    private string? OnlyNarrower(LexiconTable table, LexiconFacet facet, List<CueAt> cues, CueAt best)
    {
        string? only = null;
        foreach (var c in cues)
        {
            if (c.Cue.Kind < CueKind.Verb || !lexicon.IsNarrower(table, facet.Name, c.Cue.Value.Value, best.Cue.Value.Value)
                || Any(c.Token + 1, best.Token, WordRole.Etcetera)) continue;
            if (only is null) only = c.Cue.Value.Value;
            else if (only != c.Cue.Value.Value) return null;
        }
        return only;
    }

    private static CueAt LastOf(List<CueAt> cues, string value)
    {
        for (var i = cues.Count - 1; i >= 0; i--)
            if (cues[i].Cue.Value.Value == value) return cues[i];
        throw new InvalidOperationException($"No cue of {value}.");
    }

    /// <summary>The cue of the latest token before <paramref name="token"/> (the first in list order between equals); null when none.</summary>
    private static CueAt? LatestBefore(List<CueAt> cues, int token)
    {
        CueAt? latest = null;
        foreach (var c in cues)
            if (c.Token < token && (latest is null || c.Token > latest.Value.Token)) latest = c;
        return latest;
    }

    /// <summary>The primary reading has no extra values; one shared empty set, never written to.</summary>
    private static readonly IReadOnlySet<string> NoExtra = new HashSet<string>();

    /// <summary>The quantity the facets give, then (when <paramref name="allReadings"/>) each other reading the values allow (or:).</summary>
    private List<Reading> Readings(LexiconTable table, Dictionary<string, Choice> assign, bool allReadings)
    {
        var result = new List<Reading>();
        if (Built(table, assign) is not { } primary) return result;
        result.Add(new Reading(primary, NoExtra));
        if (!allReadings) return result;
        foreach (var (facet, choice) in assign)
        {
            if (choice.Source is not { Or.Count: > 0 } source) continue;
            foreach (var alternative in source.Or)
            {
                var other = new Dictionary<string, Choice>(assign) { [facet] = new Choice(alternative, null) };
                if (Built(table, other) is { } quantity && !HasSame(result, quantity))
                    result.Add(new Reading(quantity, alternative.Where(v => !choice.Values.Contains(v)).ToHashSet()));
            }
        }
        return result;
    }

    private static bool HasSame(List<Reading> readings, Quantity quantity)
    {
        foreach (var r in readings)
            if (r.Quantity.SameAs(quantity)) return true;
        return false;
    }

    /// <summary><see cref="Build"/>, once per table and values in a report.</summary>
    private Quantity? Built(LexiconTable table, Dictionary<string, Choice> assign)
    {
        var known = built.Of(table);
        // Looked up as written: most assignments were built before, and finding them needs no string of the key.
        var key = Written(KeyOf(table, assign));
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var quantity)) return quantity;
        var owned = key.ToString();
        known[owned] = quantity = Build(table, assign);
        return quantity;
    }

    /// <summary>The builder's text without copying it when it is one chunk (a cleared builder reused is), else as a string.</summary>
    private static ReadOnlySpan<char> Written(System.Text.StringBuilder key)
    {
        foreach (var chunk in key.GetChunks())
            if (chunk.Length == key.Length) return chunk.Span;
        return key.ToString();
    }

    /// <summary>Each facet's values in the table's order, every text after its length, so that no two assignments write the same key.</summary>
    private System.Text.StringBuilder KeyOf(LexiconTable table, Dictionary<string, Choice> assign)
    {
        var key = built.Key.Clear();
        for (var f = 0; f < table.Facets.Count; f++)
        {
            var values = assign[table.Facets[f].Name].Values;
            key.Append(values.Count).Append('|');
            for (var i = 0; i < values.Count; i++) key.Append(values[i].Length).Append(':').Append(values[i]);
        }
        return key;
    }

    /// <summary>The cell template with each facet's values put in (a value that means others expands to them); null when a cell does not exist.</summary>
    private Quantity? Build(LexiconTable table, Dictionary<string, Choice> assign)
    {
        if (model.Statistics.Find(table.Table) is not { } stat) return null;
        var names = new List<string>(1) { table.CellTemplate };
        List<string>? onlyColumn = null;
        foreach (var facet in table.Facets)
        {
            var placeholder = "{" + facet.Name + "}";
            var values = assign[facet.Name].Values;
            if (values is [LexiconFacet.OnlyColumn]) { (onlyColumn ??= []).Add(placeholder); continue; }
            names = Substitute(names, placeholder, MeaningOf(facet, values));
        }
        if (onlyColumn is not null)
            foreach (var placeholder in onlyColumn)
                for (var i = 0; i < names.Count; i++)
                    if (LexiconCells.OnlyColumn(stat.Definition, names[i][..Math.Max(0, names[i].IndexOf('.'))]) is { } c)
                        names[i] = names[i].Replace(placeholder, c, StringComparison.Ordinal);
        foreach (var n in names)
            if (n.Contains('{')) return null;
        return Quantity.Of(stat, names);
    }

    /// <summary>The values with each that means others (行政诉讼) put to them, each once, in order.</summary>
    private static List<string> MeaningOf(LexiconFacet facet, IReadOnlyList<string> values)
    {
        var result = new List<string>(values.Count);
        foreach (var v in values)
        {
            if (facet.MeansOf(v) is { } means)
            {
                foreach (var m in means)
                    if (!result.Contains(m)) result.Add(m);
            }
            else if (!result.Contains(v)) result.Add(v);
        }
        return result;
    }

    /// <summary>Every name with the placeholder put to each value, names first, values second (the order the cells are summed and printed in).</summary>
    private static List<string> Substitute(List<string> names, string placeholder, List<string> values)
    {
        var result = new List<string>(names.Count * values.Count);
        foreach (var n in names)
            foreach (var v in values)
                result.Add(n.Replace(placeholder, v, StringComparison.Ordinal));
        return result;
    }

    // ---------------------------------------------------------------- words

    /// <summary>
    /// The valid cues among tokens [from, to): a word of 结转 only beside the right year, a verb only where its
    /// table is the topic (a noun or label of the table in the sentence, or a section the table names).
    /// </summary>
    /// <param name="table">With <paramref name="facet"/>: only the cues of that facet of that table (the validity of a cue does not depend on the others).</param>
    private List<CueAt> Cues(int from, int to, Clause? clause, bool[] topics, LexiconTable? table = null, LexiconFacet? facet = null)
    {
        List<CueAt>? result = null;
        for (var t = from; t < to; t++)
        {
            if (_tokens[t].Word is not { Cues.Count: > 0 } word) continue;
            foreach (var cue in word.Cues)
            {
                if (facet is not null && (cue.Facet != facet || cue.Table != table)) continue;
                if (cue.Kind == CueKind.Verb && !topics[cue.TableIndex]) continue;
                if (cue.Value.NeedsNoun && !HasTopicWord(cue.TableIndex, clause?.From ?? from, clause?.To ?? to)) continue;
                if (cue.Value.Year == YearCondition.PreviousBefore && !YearBefore(t, clause?.From ?? from, model.Year - 1)) continue;
                if (cue.Value.Year == YearCondition.NextAfter && !YearRightAfter(t, model.Year + 1)) continue;
                Add(ref result, new CueAt(t, cue));
            }
        }
        return result ?? NoCues;
    }

    /// <summary>
    /// Words right after the number, as long as nothing but words of the lexicon and fillers (的、申请、案件、被 …)
    /// follow each other: “5件予以公开”, “1件尚未审结”, “4件申请结转到2024年”, “3件行政复议案件被纠正”.
    /// </summary>
    private List<CueAt> CuesAfter(int number, Clause clause, bool[] topics)
    {
        List<CueAt>? result = null;
        var position = _tokens[number].End;
        for (var t = number + 1; t < clause.To; t++)
        {
            var token = _tokens[t];
            if (token.Start != position || token.Word is not { } word) break;
            var cues = Strong(Cues(t, t + 1, clause, topics));
            if (cues.Count == 0 && !word.Is(WordRole.Filler)) break;
            foreach (var c in cues) Add(ref result, c);
            position = token.End;
        }
        return result ?? NoCues;
    }

    /// <summary>Per lexicon table: whether its verbs count in this sentence.</summary>
    /// <remarks>Into one array per paragraph: a sentence's topics are read only while the sentence is.</remarks>
    private bool[] Topics(int from, int to)
    {
        var sections = SectionTopics;
        if (_topics.Length != sections.Length) _topics = new bool[sections.Length];
        var result = _topics;
        sections.CopyTo(result, 0);
        for (var t = from; t < to; t++)
            if (_tokens[t].Word is { Cues.Count: > 0 } word)
                foreach (var cue in word.Cues)
                    if (cue.Kind != CueKind.Verb) result[cue.TableIndex] = true;
        return result;
    }

    /// <summary>Per lexicon table: whether the paragraph stands in a section the table names (the same for each of its sentences).</summary>
    private bool[] SectionTopics => _sectionTopics ??= InSections();

    private bool[]? _sectionTopics;

    private bool[] InSections()
    {
        var tables = lexicon.Lexicon.Tables;
        var result = new bool[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            // An index loop: a foreach boxes the enumerator of the format's list, for every table of every paragraph.
            var names = tables[i].Sections;
            for (var j = 0; j < names.Count; j++)
                if (sections.Contains(names[j])) { result[i] = true; break; }
        }
        return result;
    }

    /// <summary>A noun or cue of the table between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool HasTopicWord(int table, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (_tokens[t].Word is { Cues.Count: > 0 } word)
                foreach (var c in word.Cues)
                    if (c.TableIndex == table && c.Kind != CueKind.Verb) return true;
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
            // The clipped part as a span: one string for the message, not a copy of the part and then the message.
            return string.Concat(clipStart > s ? "…" : "", Text.AsSpan(clipStart, clipEnd - clipStart), clipEnd < e ? "…" : "");
        }
    }
}

/// <summary>
/// The quantities one report's facet values built, by table and values. A narrative names the same few cells again and again
/// (each label of each clause, each number), and building one puts the values into the cell template and resolves the names.
/// Made for one report and its statistics, and dropped with its reading, so nothing in it can go stale.
/// </summary>
internal sealed class BuiltQuantities
{
    // The lexicon's tables by identity: a record's hash would walk all its fields.
    private readonly Dictionary<LexiconTable, Dictionary<string, Quantity?>> _byTable = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reused for the keys (a report builds hundreds).</summary>
    public System.Text.StringBuilder Key { get; } = new();

    /// <summary>Reused for each paragraph's tokens: its readers run one after the other, and none keeps a token after reading.</summary>
    public List<Token> Tokens { get; } = [];

    public Dictionary<string, Quantity?> Of(LexiconTable table)
    {
        if (!_byTable.TryGetValue(table, out var known)) _byTable[table] = known = new Dictionary<string, Quantity?>(StringComparer.Ordinal);
        return known;
    }
}
