using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking;

/// <summary>The report's own running text (preamble and every section paragraph) and the format's patterns over it.</summary>
internal static class Narrative
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new();

    public static IEnumerable<NarrativeParagraph> Paragraphs(ReportModel model)
        => model.Preamble.Concat(Sections.Paragraphs(model.Sections));

    /// <summary>Patterns come from format files; they are compiled once and bounded in time so a bad one cannot hang a batch.</summary>
    public static Regex Pattern(string pattern)
        => Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));

    public static Section? FindSection(ReportModel model, string key)
        => Find(model.Sections, key);

    private static Section? Find(IEnumerable<BodyItem> items, string key)
    {
        foreach (var s in items.OfType<Section>())
        {
            if (s.Key == key) return s;
            if (Find(s.Body, key) is { } inner) return inner;
        }
        return null;
    }

    /// <summary>A section has content when one of its paragraphs (at any depth) or figures or tables is not blank.</summary>
    public static bool HasContent(Section s)
        => s.Body.Any(i => i switch
        {
            NarrativeParagraph p => !string.IsNullOrWhiteSpace(p.Text),
            Section inner => HasContent(inner),
            _ => true,
        });

    public static string Clip(string text, int length = 24) => text.Length <= length ? text : text[..length] + "…";
}
