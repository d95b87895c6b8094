using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Matching;

/// <summary>
/// The narrative of a report read against its tables through the format's lexicon, once per report and
/// shared by the rules that need it: every number with a unit and the quantity it states (R12, R19),
/// every negative or universal statement (R25, R26), and every quantity the text speaks of (R27).
/// Null for a format without a lexicon.
/// </summary>
internal sealed class NarrativeReading
{
    private static readonly ConditionalWeakTable<ReportModel, NarrativeReading> Cache = new();

    private NarrativeReading(IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, IReadOnlyList<Quantity> spoken)
    {
        Mentions = mentions;
        Claims = claims;
        Spoken = spoken;
    }

    public IReadOnlyList<Mention> Mentions { get; }
    public IReadOnlyList<Claim> Claims { get; }
    /// <summary>Every quantity some number, statement or word of the narrative names.</summary>
    public IReadOnlyList<Quantity> Spoken { get; }

    public static NarrativeReading? Of(ReportModel model)
    {
        if (CompiledLexicon.Of(model.Format) is not { } lexicon) return null;
        return Cache.GetValue(model, m => Read(m, lexicon));
    }

    /// <summary>One paragraph on its own (tests, the classifier measure): its section keys say where it stands.</summary>
    public static NarrativeReading? Of(ReportModel model, NarrativeParagraph paragraph, IReadOnlyCollection<string> sections)
        => CompiledLexicon.Of(model.Format) is { } lexicon ? Read(model, lexicon, [(paragraph, sections)]) : null;

    private static NarrativeReading Read(ReportModel model, CompiledLexicon lexicon)
        => Read(model, lexicon, Paragraphs(model));

    private static NarrativeReading Read(ReportModel model, CompiledLexicon lexicon, IEnumerable<(NarrativeParagraph, IReadOnlyCollection<string>)> paragraphs)
    {
        var mentions = new List<Mention>();
        var claims = new List<Claim>();
        var spoken = new List<Quantity>();
        var built = new BuiltQuantities();
        foreach (var (paragraph, sections) in paragraphs)
        {
            var reader = new ParagraphReader(model, lexicon, paragraph, sections, built);
            reader.Read();
            mentions.AddRange(reader.Mentions);
            claims.AddRange(reader.Claims);
            spoken.AddRange(reader.Spoken);
        }
        return new NarrativeReading(mentions, claims, spoken);
    }

    /// <summary>Every paragraph with the keys of the sections and subtopics it stands in.</summary>
    private static IEnumerable<(NarrativeParagraph, IReadOnlyCollection<string>)> Paragraphs(ReportModel model)
    {
        foreach (var p in model.Preamble) yield return (p, ImmutableHashSet<string>.Empty);
        foreach (var item in Walk(model.Sections, ImmutableHashSet<string>.Empty)) yield return item;
    }

    private static IEnumerable<(NarrativeParagraph, IReadOnlyCollection<string>)> Walk(IEnumerable<BodyItem> items, ImmutableHashSet<string> keys)
    {
        foreach (var item in items)
        {
            if (item is NarrativeParagraph p) yield return (p, keys);
            else if (item is Section s)
                foreach (var inner in Walk(s.Body, s.Key is null ? keys : keys.Add(s.Key))) yield return inner;
        }
    }
}
