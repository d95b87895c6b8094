using System.Globalization;
using ReportGen.Documents.Diagnostics;
using ReportGen.Parsing;

namespace ReportGen.Formats;

/// <summary>
/// lexicon.yaml → <see cref="NarrativeLexicon"/>, checked against the format's tables: every table, facet
/// value, cell template, cell sum and claim resolves, each problem a diagnostic at its line in the lexicon.
/// A lexicon with errors is not returned (the format then fails to load, as for its format.yaml).
/// </summary>
public sealed class LexiconReader
{
    private static readonly string[] TopKeys = ["units", "numbers", "words", "tables", "universal_claims", "mention_when_positive"];
    private static readonly string[] UnitKeys = ["counts", "other_counts", "money", "percent", "not_counts"];
    private static readonly string[] NumberKeys = ["approximate_before", "approximate_after", "ordinal_before", "fused_after"];
    private static readonly string[] WordKeys = ["includes", "besides", "conjunctions", "fillers", "share", "negations", "universals", "done", "rest", "etcetera", "unrelated", "neutral"];
    private static readonly string[] TableKeys = ["table", "cell", "sections", "facets"];
    private static readonly string[] FacetKeys = ["facet", "default", "values"];
    private static readonly string[] ValueKeys = ["value", "cues", "verbs", "nouns", "means", "or", "negatable", "year", "counts", "needs_noun"];
    private static readonly string[] ClaimKeys = ["words", "done", "table", "zero", "subject"];
    private static readonly Dictionary<string, YearCondition> Years = new() { ["previous_before"] = YearCondition.PreviousBefore, ["next_after"] = YearCondition.NextAfter };

    private readonly NodeReader _r;
    private readonly IReadOnlyList<TableDefinition> _tables;
    private readonly IReadOnlyCollection<string> _sections;

    private LexiconReader(string file, DiagnosticBag diagnostics, IReadOnlyList<TableDefinition> tables, IReadOnlyCollection<string> sections)
    {
        _r = new NodeReader(file, diagnostics);
        _tables = tables;
        _sections = sections;
    }

    /// <param name="sections">The keys of the format's sections and subtopics (a table's <c>sections</c> must name them).</param>
    public static NarrativeLexicon? Read(string file, byte[] bytes, IReadOnlyList<TableDefinition> tables, IReadOnlyCollection<string> sections, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var root = YamlSource.Parse(file, bytes, diagnostics);
        if (root is null) return null;
        var lexicon = new LexiconReader(file, diagnostics, tables, sections).ReadLexicon(root, file);
        return diagnostics.Items.Count(d => d.IsError) > errorsBefore ? null : lexicon;
    }

    private NarrativeLexicon? ReadLexicon(YamlNode root, string file)
    {
        var top = _r.Mapping(root, "");
        if (top is null) return null;
        _r.CheckKeys(top, "", TopKeys);
        var units = _r.Mapping(top.Get("units"), "units");
        if (units is not null) _r.CheckKeys(units, "units", UnitKeys);
        var numbers = _r.Mapping(top.Get("numbers"), "numbers");
        if (numbers is not null) _r.CheckKeys(numbers, "numbers", NumberKeys);
        var words = _r.Mapping(top.Get("words"), "words");
        if (words is not null) _r.CheckKeys(words, "words", WordKeys);
        var tables = Items(top, "tables", "", ReadTable);
        return new NarrativeLexicon
        {
            File = file,
            Units = new LexiconUnits(Texts(units, "counts", "units"), Texts(units, "other_counts", "units"), ReadMoney(units),
                Texts(units, "percent", "units"), Texts(units, "not_counts", "units")),
            Numbers = new LexiconNumbers(Texts(numbers, "approximate_before", "numbers"), Texts(numbers, "approximate_after", "numbers"),
                Texts(numbers, "ordinal_before", "numbers"), Texts(numbers, "fused_after", "numbers")),
            Words = new LexiconWords
            {
                Includes = Texts(words, "includes", "words"),
                Besides = Texts(words, "besides", "words"),
                Conjunctions = Texts(words, "conjunctions", "words"),
                Fillers = Texts(words, "fillers", "words"),
                Share = Texts(words, "share", "words"),
                Negations = Texts(words, "negations", "words"),
                Universals = Texts(words, "universals", "words"),
                Done = Texts(words, "done", "words"),
                Rest = Texts(words, "rest", "words"),
                Etcetera = Texts(words, "etcetera", "words"),
                Unrelated = Texts(words, "unrelated", "words"),
                Neutral = Texts(words, "neutral", "words"),
            },
            Tables = tables,
            UniversalClaims = Items(top, "universal_claims", "", (m, p) => ReadClaim(m, p, tables)),
            MentionWhenPositive = ReadSums(top, "mention_when_positive", ""),
        };
    }

    private IReadOnlyDictionary<string, decimal> ReadMoney(YamlMapping? units)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (_r.Mapping(units?.Get("money"), "units.money") is not { } m) return result;
        foreach (var (key, value) in m.Entries)
        {
            var path = $"units.money.{key.Value}";
            if (value is YamlScalar { IsPlain: true } s && decimal.TryParse(s.Value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var factor) && factor > 0)
                result[key.Value] = factor;
            else _r.Report(Catalog.Data.ExpectedNumber, value, path, NodeReader.Describe(value));
        }
        return result;
    }

    private LexiconTable? ReadTable(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, TableKeys);
        var id = _r.Text(m, "table", path, required: true);
        var template = _r.Text(m, "cell", path, required: true);
        var sections = Texts(m, "sections", path);
        foreach (var s in sections.Where(s => !_sections.Contains(s)))
            _r.Report(Catalog.Formats.UnknownSection, m.Get("sections")!, NodeReader.Join(path, "sections"), s);
        var table = id is null ? null : _tables.FirstOrDefault(t => t.Id == id);
        if (id is not null && table is null) _r.Report(Catalog.Formats.UnknownTable, m.Get("table")!, NodeReader.Join(path, "table"), id);
        var facets = Items(m, "facets", path, ReadFacet);
        if (id is null || template is null || table is null) return null;
        var lexiconTable = new LexiconTable(id, template, sections, facets);
        Validate(lexiconTable, table, m, path);
        return lexiconTable;
    }

    /// <summary>Every facet is used by the template, and every value of it takes part in some cell of the table.</summary>
    private void Validate(LexiconTable lexiconTable, TableDefinition table, YamlMapping m, string path)
    {
        foreach (var facet in lexiconTable.Facets)
        {
            if (!lexiconTable.CellTemplate.Contains("{" + facet.Name + "}", StringComparison.Ordinal))
                _r.Report(Catalog.Formats.LexiconFacetUnused, m.Get("cell")!, NodeReader.Join(path, "cell"), facet.Name);
            var names = facet.Values.Select(v => v.Value).ToHashSet();
            foreach (var value in facet.Values)
            {
                foreach (var other in value.Means.Concat(value.Or.SelectMany(o => o)).Where(o => !names.Contains(o)))
                    _r.Report(Catalog.Formats.LexiconUnknownValue, m.Get("facets")!, NodeReader.Join(path, "facets"), facet.Name, other);
                if (value.Means.Count == 0 && !Combinations(lexiconTable, table, facet.Name, value.Value).Any())
                    _r.Report(Catalog.Formats.LexiconValueWithoutCell, m.Get("facets")!, NodeReader.Join(path, "facets"), facet.Name, value.Value, table.Id);
            }
            if (facet.Default is { } d && d != LexiconFacet.OnlyColumn && !names.Contains(d) && !Combinations(lexiconTable, table, facet.Name, d).Any())
                _r.Report(Catalog.Formats.LexiconValueWithoutCell, m.Get("facets")!, NodeReader.Join(path, "facets"), facet.Name, d, table.Id);
        }
    }

    /// <summary>Cells of the table the template gives with <paramref name="facet"/> = <paramref name="value"/> and any plain value of the other facets.</summary>
    private static IEnumerable<string> Combinations(LexiconTable lexicon, TableDefinition table, string facet, string value)
    {
        IEnumerable<string> partial = [lexicon.CellTemplate.Replace("{" + facet + "}", value, StringComparison.Ordinal)];
        foreach (var other in lexicon.Facets.Where(f => f.Name != facet))
        {
            var choices = other.Values.Where(v => v.Means.Count == 0).Select(v => v.Value)
                .Concat(other.Default is { } d && d != LexiconFacet.OnlyColumn ? [d] : []).Distinct().ToList();
            partial = partial.SelectMany(p => choices.Select(c => p.Replace("{" + other.Name + "}", c, StringComparison.Ordinal))).ToList();
        }
        return partial.Where(cell => LexiconCells.Resolve(table, cell) is not null);
    }

    private LexiconFacet? ReadFacet(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, FacetKeys);
        var name = _r.Text(m, "facet", path, required: true);
        var values = Items(m, "values", path, ReadValues).SelectMany(v => v).ToList();
        return name is null ? null : new LexiconFacet(name, _r.Text(m, "default", path), values);
    }

    /// <summary>One entry of a facet: its words of each kind (cues, verbs, nouns) become one value each.</summary>
    private IReadOnlyList<LexiconValue>? ReadValues(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, ValueKeys);
        var value = _r.Text(m, "value", path, required: true);
        if (value is null) return null;
        var means = Texts(m, "means", path);
        var or = Texts(m, "or", path).Select(SumFormula.Parts).ToList();
        var negatable = _r.Flag(m, "negatable", path);
        var year = _r.Choice(m, "year", path, Years) ?? YearCondition.None;
        var counts = _r.Flag(m, "counts", path) ?? true;
        var needsNoun = _r.Flag(m, "needs_noun", path) ?? false;
        var result = new List<LexiconValue>();
        foreach (var (key, kind) in new[] { ("cues", CueKind.Label), ("verbs", CueKind.Verb), ("nouns", CueKind.Noun) })
            if (Texts(m, key, path) is { Count: > 0 } words)
                result.Add(new LexiconValue(value, kind, words, means, or, negatable ?? kind != CueKind.Verb, year, counts, needsNoun));
        if (result.Count == 0) _r.MissingField(m, NodeReader.Join(path, "cues"), "cues");
        return result;
    }

    private UniversalClaimDefinition? ReadClaim(YamlMapping m, string path, IReadOnlyList<LexiconTable> tables)
    {
        _r.CheckKeys(m, path, ClaimKeys);
        var words = Texts(m, "words", path);
        var table = _r.Text(m, "table", path, required: true);
        var zero = Texts(m, "zero", path);
        var subject = Texts(m, "subject", path);
        var lexiconTable = table is null ? null : tables.FirstOrDefault(t => t.Table == table);
        if (table is not null && lexiconTable is null) _r.Report(Catalog.Formats.UnknownTable, m.Get("table")!, NodeReader.Join(path, "table"), table);
        foreach (var cell in zero.Where(c => !c.Contains('{')))
            CheckSum(cell, m.Get("zero")!, NodeReader.Join(path, "zero"));
        var rows = lexiconTable?.Facets.FirstOrDefault()?.Values.Select(v => v.Value).ToHashSet();
        foreach (var s in subject.Where(s => rows is not null && !rows.Contains(s)))
            _r.Report(Catalog.Formats.LexiconUnknownValue, m.Get("subject")!, NodeReader.Join(path, "subject"), lexiconTable!.Facets[0].Name, s);
        if (words.Count == 0) _r.MissingField(m, NodeReader.Join(path, "words"), "words");
        return table is null || words.Count == 0 ? null : new UniversalClaimDefinition(words, _r.Flag(m, "done", path) ?? false, table, zero, subject);
    }

    private IReadOnlyList<CellSum> ReadSums(YamlMapping m, string key, string path)
    {
        var texts = Texts(m, key, path);
        foreach (var text in texts) CheckSum(text, m.Get(key)!, NodeReader.Join(path, key));
        return texts.Select(CellSum.Parse).ToList();
    }

    private void CheckSum(string text, YamlNode at, string path)
    {
        foreach (var cell in SumFormula.Parts(text))
            if (LexiconCells.Resolve(_tables, cell) is null)
                _r.Report(Catalog.Formats.BadCell, at, path, cell);
    }

    private IReadOnlyList<string> Texts(YamlMapping? m, string key, string path) => _r.TextList(m, key, path);

    private List<T> Items<T>(YamlMapping m, string key, string path, Func<YamlMapping, string, T?> read) where T : class
    {
        var result = new List<T>();
        var listPath = NodeReader.Join(path, key);
        if (_r.Sequence(m.Get(key), listPath) is not { } seq) return result;
        for (var i = 0; i < seq.Items.Count; i++)
            if (_r.Mapping(seq.Items[i], $"{listPath}[{i}]") is { } item && read(item, $"{listPath}[{i}]") is { } value)
                result.Add(value);
        return result;
    }
}
