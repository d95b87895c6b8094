using System.Runtime.CompilerServices;
using ReportGen.Formats;

namespace ReportGen.Checking.Matching;

/// <summary>What a word of the lexicon does in a sentence (a word may do several things: 予以公开 is a cue and a predicate).</summary>
[Flags]
internal enum WordRole
{
    None = 0,
    Includes = 1,
    Besides = 1 << 1,
    Conjunction = 1 << 2,
    Filler = 1 << 3,
    Share = 1 << 4,
    Negation = 1 << 5,
    Universal = 1 << 6,
    Done = 1 << 7,
    Unrelated = 1 << 8,
    Neutral = 1 << 9,
    Rest = 1 << 10,
    Etcetera = 1 << 11,
}

/// <summary>A word naming one value of a facet of a table.</summary>
internal sealed record Cue(LexiconTable Table, int TableIndex, LexiconFacet Facet, LexiconValue Value)
{
    public CueKind Kind => Value.Kind;
}

/// <summary>A word of the lexicon with everything it can mean.</summary>
internal sealed class Word(string text)
{
    public string Text { get; } = text;
    public List<Cue> Cues { get; } = [];
    public WordRole Roles { get; set; }
    public List<UniversalClaimDefinition> Predicates { get; } = [];

    public bool Is(WordRole role) => (Roles & role) != 0;
}

/// <summary>
/// A lexicon made ready for matching: one trie over all its words (longest match wins, so 申请人 is not
/// 申请 and 无法提供 is not 无) and one over its units. Built once per lexicon and shared by all reports.
/// Matching at a position walks at most the longest word, so a text is read in time linear in its length.
/// </summary>
internal sealed class CompiledLexicon
{
    private static readonly ConditionalWeakTable<NarrativeLexicon, CompiledLexicon> Cache = new();

    private readonly Trie<Word> _words = new();
    private readonly Trie<UnitWord> _units = new();
    private readonly Dictionary<(LexiconTable, string Facet, string Value), HashSet<(string, string)>> _valueCells = new(ValueKeyComparer.Instance);

    private CompiledLexicon(NarrativeLexicon lexicon, IReadOnlyList<TableDefinition> tables)
    {
        Lexicon = lexicon;
        foreach (var table in lexicon.Tables)
            if (tables.FirstOrDefault(t => t.Id == table.Table) is { } definition)
                foreach (var facet in table.Facets)
                    foreach (var value in facet.Values.Select(v => v.Value).Distinct())
                        _valueCells[(table, facet.Name, value)] = CellsOf(table, definition, facet, value);
        for (var i = 0; i < lexicon.Tables.Count; i++)
            foreach (var facet in lexicon.Tables[i].Facets)
                foreach (var value in facet.Values)
                    foreach (var text in value.Words)
                        Get(text).Cues.Add(new Cue(lexicon.Tables[i], i, facet, value));
        var w = lexicon.Words;
        foreach (var (list, role) in new[]
                 {
                     (w.Includes, WordRole.Includes), (w.Besides, WordRole.Besides), (w.Conjunctions, WordRole.Conjunction),
                     (w.Fillers, WordRole.Filler), (w.Share, WordRole.Share), (w.Negations, WordRole.Negation),
                     (w.Universals, WordRole.Universal), (w.Done, WordRole.Done), (w.Rest, WordRole.Rest), (w.Etcetera, WordRole.Etcetera), (w.Unrelated, WordRole.Unrelated), (w.Neutral, WordRole.Neutral),
                 })
            foreach (var text in list) Get(text).Roles |= role;
        foreach (var claim in lexicon.UniversalClaims)
            foreach (var text in claim.Words) Get(text).Predicates.Add(claim);

        var u = lexicon.Units;
        foreach (var text in u.Counts) _units.Add(text, new UnitWord(text, UnitKind.Count, 1));
        foreach (var text in u.OtherCounts) _units.Add(text, new UnitWord(text, UnitKind.OtherCount, 1));
        foreach (var (text, factor) in u.Money) _units.Add(text, new UnitWord(text, UnitKind.Money, factor));
        foreach (var text in u.Percent) _units.Add(text, new UnitWord(text, UnitKind.Percent, 1));
        foreach (var text in u.NotCounts) _units.Add(text, new UnitWord(text, UnitKind.NotCount, 1));
    }

    public NarrativeLexicon Lexicon { get; }

    /// <summary>The compiled lexicon of a format (null when it has none); formats are shared read-only, so is this.</summary>
    public static CompiledLexicon? Of(FormatDefinition format)
        => format.Lexicon is { } lexicon ? Cache.GetValue(lexicon, l => new CompiledLexicon(l, format.Tables)) : null;

    /// <summary>Whether value <paramref name="a"/> names a strict part of what <paramref name="b"/> names (不掌握 of 无法提供, 直接起诉 of 行政诉讼).</summary>
    public bool IsNarrower(LexiconTable table, string facet, string a, string b)
        => _valueCells.TryGetValue((table, facet, a), out var ca) && _valueCells.TryGetValue((table, facet, b), out var cb)
           && ca.Count > 0 && ca.Count < cb.Count && ca.IsSubsetOf(cb);

    /// <summary>
    /// Keys of the value cells: the table by identity, facet and value by ordinal text. A record's hash and equality walk all its
    /// fields, and <see cref="IsNarrower"/> is asked for every word a number's facet picks from. The tables looked up are the
    /// lexicon's own objects, and the cells of a table are a function of its value, so identity finds what equality found.
    /// </summary>
    private sealed class ValueKeyComparer : IEqualityComparer<(LexiconTable Table, string Facet, string Value)>
    {
        public static ValueKeyComparer Instance { get; } = new();

        public bool Equals((LexiconTable Table, string Facet, string Value) x, (LexiconTable Table, string Facet, string Value) y)
            => ReferenceEquals(x.Table, y.Table) && string.Equals(x.Facet, y.Facet, StringComparison.Ordinal) && string.Equals(x.Value, y.Value, StringComparison.Ordinal);

        public int GetHashCode((LexiconTable Table, string Facet, string Value) key)
            => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Table), StringComparer.Ordinal.GetHashCode(key.Facet), StringComparer.Ordinal.GetHashCode(key.Value));
    }

    /// <summary>The base cells a facet value covers, the other facets at their default (or every plain value).</summary>
    private static HashSet<(string, string)> CellsOf(LexiconTable table, TableDefinition definition, LexiconFacet facet, string value)
    {
        var values = facet.Values.FirstOrDefault(v => v.Value == value) is { Means.Count: > 0 } m ? m.Means : [value];
        IEnumerable<string> names = values.Select(v => table.CellTemplate.Replace("{" + facet.Name + "}", v, StringComparison.Ordinal)).ToList();
        foreach (var other in table.Facets.Where(f => f.Name != facet.Name))
        {
            var choices = other.Default is { } d && d != LexiconFacet.OnlyColumn ? [d]
                : other.Values.Where(v => v.Means.Count == 0).Select(v => v.Value).Distinct().ToList();
            var placeholder = "{" + other.Name + "}";
            names = other.Default == LexiconFacet.OnlyColumn
                ? names.Select(n => n.Replace(placeholder, LexiconCells.OnlyColumn(definition, n[..Math.Max(0, n.IndexOf('.'))]) ?? placeholder, StringComparison.Ordinal)).ToList()
                : names.SelectMany(n => choices.Select(c => n.Replace(placeholder, c, StringComparison.Ordinal))).ToList();
        }
        var result = new HashSet<(string, string)>(Model.CellKeyComparer.Instance);
        foreach (var name in names)
            if (LexiconCells.Resolve(definition, name) is { } cells)
                foreach (var cell in Expand(definition, cells)) result.Add(cell);
        return result;
    }

    private static IEnumerable<(string, string)> Expand(TableDefinition def, IEnumerable<(string Row, string Column)> cells)
    {
        foreach (var (row, column) in cells)
        {
            var c = def.FindColumn(column);
            if (c?.Derived is not null)
                foreach (var part in c.DerivedParts) yield return (row, part);
            else yield return (row, column);
        }
    }

    /// <summary>Where the tokenizer has something to read (<see cref="Tokenizer.StartsOf"/>); made once, on first use.</summary>
    public CharSet TokenStarts => _tokenStarts ??= Tokenizer.StartsOf(this);

    private CharSet? _tokenStarts;

    /// <summary>Whether some word of the lexicon starts with <paramref name="c"/>.</summary>
    public bool MayStartWord(char c) => _words.StartsWith(c);

    /// <summary>The longest word starting at <paramref name="at"/>, or null.</summary>
    public (Word Word, int Length)? WordAt(string text, int at) => _words.LongestAt(text, at);

    public (UnitWord Unit, int Length)? UnitAt(string text, int at) => _units.LongestAt(text, at);

    // Index loops over the lexicon's lists (interfaces): a foreach or LINQ's Any boxes their enumerator, and Any makes a
    // closure too, for every number of every paragraph.

    public bool StartsWithAny(string text, int at, IReadOnlyList<string> words, out int length)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                length = word.Length;
                return true;
            }
        }
        length = 0;
        return false;
    }

    public static bool EndsWithAny(string text, int end, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0) return true;
        }
        return false;
    }

    private Word Get(string text)
    {
        if (_words.Find(text) is { } found) return found;
        var word = new Word(text);
        _words.Add(text, word);
        return word;
    }
}

internal enum UnitKind
{
    Count,
    /// <summary>A count in a unit the tables do not use (条 for applications): compared, and R19 warns.</summary>
    OtherCount,
    Money,
    Percent,
    /// <summary>People, days, visits: a number, but never a table's.</summary>
    NotCount,
}

/// <param name="Factor">Multiplies the written number into the tables' unit (元 → 万元: 0.0001).</param>
internal sealed record UnitWord(string Text, UnitKind Kind, decimal Factor);

/// <summary>A character trie with longest-match lookup.</summary>
internal sealed class Trie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public T? Value;
    }

    private readonly Node _root = new();

    /// <summary>
    /// One bit per UTF-16 code unit: whether some key starts with it. Most characters of a text start no word, and a bit
    /// says so sooner than the root's dictionary.
    /// </summary>
    private readonly ulong[] _first = new ulong[65536 / 64];

    public void Add(string key, T value)
    {
        if (key.Length > 0) _first[key[0] >> 6] |= 1UL << (key[0] & 63);
        var node = _root;
        foreach (var c in key)
        {
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(c, out var next)) node.Next[c] = next = new Node();
            node = next;
        }
        node.Value ??= value;
    }

    public bool StartsWith(char c) => (_first[c >> 6] & (1UL << (c & 63))) != 0;

    public T? Find(string key)
    {
        var node = _root;
        foreach (var c in key)
            if (node.Next is null || !node.Next.TryGetValue(c, out node)) return null;
        return node.Value;
    }

    public (T Value, int Length)? LongestAt(string text, int at)
    {
        if (at < text.Length && !StartsWith(text[at])) return null;
        var node = _root;
        (T, int)? best = null;
        for (var i = at; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node)) break;
            if (node.Value is { } v) best = (v, i - at + 1);
        }
        return best;
    }
}
