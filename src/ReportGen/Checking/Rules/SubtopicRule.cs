using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R8: 总体情况 covers the five topics the 2021 notice names, each with text; a government's report
/// also states 工作考核、社会评议和责任追究结果情况 (Regulation art. 50(四)) under the subtopic the format
/// names — checked as: each of the format's keywords occurs there. A subtopic under a sub-heading of the
/// data's own is present when that heading names its aspect by one of the format's topic words.
/// </summary>
public sealed class SubtopicRule : IRule
{
    public string Id => "R8";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var def in model.Format.Sections.Where(s => s.Subtopics.Count > 0 || s.GovernmentContent is not null))
        {
            foreach (var sub in def.Subtopics)
            {
                var field = $"narrative.{def.Key}.{sub.Key}";
                var section = Narrative.FindSection(model, sub.Key);
                if (section is null || !Narrative.HasContent(section))
                    yield return Finding.Of(Catalog.Checking.R8Subtopic, model.Spans.For(field), field, def.Heading, sub.Topic, field);
                // A sub-heading of the data's own must still say which aspect it covers.
                else if (section.OwnHeading && !sub.TopicWords.Any(w => section.Heading.Contains(w, StringComparison.Ordinal)))
                    yield return Finding.Of(Catalog.Checking.R8Heading, model.Spans.For($"{field}.heading"), $"{field}.heading",
                        def.Heading, section.Heading, sub.Topic, string.Join("”“", sub.TopicWords), $"{field}.heading");
            }
            if (def.GovernmentContent is not { } required || model.Agency.Kind != AgencyKind.Government) continue;
            // No subtopic named (2019 format): the whole section.
            var target = Narrative.FindSection(model, string.IsNullOrEmpty(required.Subtopic) ? def.Key : required.Subtopic);
            if (target is null || !Narrative.HasContent(target)) continue;   // reported above or by R7
            var text = string.Concat(Sections.Paragraphs(target.Body).Select(p => p.Text));
            var missing = required.Keywords.Where(k => !text.Contains(k, StringComparison.Ordinal)).ToList();
            if (missing.Count == 0) continue;
            var path = string.IsNullOrEmpty(required.Subtopic) ? $"narrative.{def.Key}" : $"narrative.{def.Key}.{required.Subtopic}";
            var where = def.FindSubtopic(required.Subtopic)?.Topic ?? StripNumber(def.Heading);
            yield return Finding.Of(Catalog.Checking.R8Government, model.Spans.For(path), path, where, required.Description, string.Join("”“", missing));
        }
    }

    private static string StripNumber(string heading) => heading.IndexOf('、') is var i and > 0 and < 4 ? heading[(i + 1)..] : heading;
}
