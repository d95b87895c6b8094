using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// Sections of a fixed-outline format (2021): headings come from the format, text from
/// <c>narrative:</c>, a mapping keyed by section key. A section with subtopics (总体情况) is itself a
/// mapping keyed by subtopic, plus <c>intro</c> for text before the first subtopic. Every section is
/// built even when its text is missing, so R7/R8 can say what is missing instead of the loader failing.
/// </summary>
internal static class FixedOutline
{
    private static readonly string Intro = DataFields.NarrativeIntro.Key;

    public static ImmutableArray<BodyItem> Read(InputReader reader, YamlMapping top, FormatDefinition format)
    {
        var r = reader.Nodes;
        if (top.Get("sections") is { } stray)
            r.Report(Catalog.Data.SectionsInFixedOutline, stray, "sections", format.Id);

        var narrative = r.Mapping(top.Get("narrative"), "narrative");
        if (narrative is not null)
            CheckKeys(r, narrative, "narrative", format.Sections.Select(s => s.Key).ToList());

        var sections = ImmutableArray.CreateBuilder<BodyItem>();
        foreach (var def in format.Sections)
        {
            var path = $"narrative.{def.Key}";
            var node = narrative?.Get(def.Key);
            var span = node?.Span ?? narrative?.Span ?? new SourceSpan(r.File, 1, 1);
            var body = def.Subtopics.Count > 0 ? ReadWithSubtopics(reader, node, path, def) : reader.ReadBody(node, path, 1);
            sections.Add(new Section(def.Heading, 1, body, span) { Key = def.Key });
        }
        return sections.ToImmutable();
    }

    private static ImmutableArray<BodyItem> ReadWithSubtopics(InputReader reader, YamlNode? node, string path, SectionDefinition def)
    {
        var r = reader.Nodes;
        var m = r.Mapping(node, path);
        if (m is not null)
            CheckKeys(r, m, path, def.Subtopics.Select(s => s.Key).Prepend(Intro).ToList());
        var body = ImmutableArray.CreateBuilder<BodyItem>();
        body.AddRange(reader.ReadBody(m?.Get(Intro), $"{path}.{Intro}", 1));
        foreach (var sub in def.Subtopics)
        {
            var subNode = m?.Get(sub.Key);
            var subPath = $"{path}.{sub.Key}";
            var span = subNode?.Span ?? m?.Span ?? new SourceSpan(r.File, 1, 1);
            // The aspect's own sub-heading (heading + body), or the format's with the text as a plain list.
            if (subNode is YamlMapping own)
            {
                r.CheckKeys(own, subPath, SubtopicKeys);
                var heading = r.Text(own, "heading", subPath);
                var subBody = reader.ReadBody(own.Get("body"), NodeReader.Join(subPath, "body"), 2);
                body.Add(new Section(heading is null ? sub.Heading : Numbered(heading, sub.Heading), 2, subBody, span) { Key = sub.Key, OwnHeading = heading is not null });
            }
            else body.Add(new Section(sub.Heading, 2, reader.ReadBody(subNode, subPath, 2), span) { Key = sub.Key });
        }
        return body.ToImmutable();
    }

    private static readonly string[] SubtopicKeys = DataFields.Keys(DataFields.Subtopic);

    /// <summary>A heading the data gives without its number gets the format's (（一）…), so the numbering stays continuous (R18).</summary>
    private static string Numbered(string heading, string formatHeading)
    {
        heading = heading.Trim();
        if (heading.StartsWith('（') || heading.StartsWith('(')) return heading;
        var close = formatHeading.IndexOf('）');
        return formatHeading.StartsWith('（') && close > 0 ? formatHeading[..(close + 1)] + heading : heading;
    }

    private static void CheckKeys(NodeReader r, YamlMapping m, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in m.Entries)
        {
            if (allowed.Contains(key.Value)) continue;
            var suggestion = Suggest.Closest(key.Value, allowed);
            r.ReportWithHint(Catalog.Data.NotANarrativeSection, key, NodeReader.Join(path, key.Value), suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion),
                key.Value, Catalog.Phrases.List(allowed));
        }
    }
}
