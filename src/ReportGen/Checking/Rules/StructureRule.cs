using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R7: every section of a fixed outline is present once, in the format's order, with its heading,
/// and a narrative section is not empty (Regulation art. 50: 存在的主要问题及改进情况 and 其他需要报告的事项
/// are required content). Table sections have their table. The format must be the one in force for the
/// report year (a 2022 report on the 2019 template is a real, common error).
/// </summary>
public sealed class StructureRule : IRule
{
    public string Id => "R7";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        var format = model.Format;
        if (format.FirstYear > model.Year || format.LastYear < model.Year)
            yield return Finding.Of(Catalog.Checking.R7FormatYear, model.Spans.For("format"), "format",
                format.Name, format.FirstYear?.ToString() ?? "", format.LastYear?.ToString() ?? "", model.Year);
        if (!model.Format.IsFixedOutline) yield break;
        var top = model.Sections.ToList();
        for (var i = 0; i < model.Format.Sections.Count; i++)
        {
            var def = model.Format.Sections[i];
            var field = $"narrative.{def.Key}";
            var section = i < top.Count ? top[i] : null;
            if (section is null || section.Key != def.Key || section.Heading != def.Heading)
            {
                yield return Finding.Of(Catalog.Checking.R7SectionOrder, model.Spans.For(field), field, i + 1, def.Heading, section?.Heading ?? Catalog.Checking.R7Absent.Text());
                continue;
            }
            if (def.Kind == SectionKind.Table)
            {
                if (def.Table is null || model.Statistics.Find(def.Table) is null)
                    yield return Finding.Of(Catalog.Checking.R7NoTable, model.Spans.For("statistics"), "statistics", def.Heading);
                continue;
            }
            if (!Narrative.HasContent(section))
                yield return Finding.Of(Catalog.Checking.R7Empty, model.Spans.For(field), field, def.Heading, def.Key);
        }
        if (top.Count > model.Format.Sections.Count)
            yield return Finding.Of(Catalog.Checking.R7SectionCount, model.Spans.For("narrative"), "narrative", top.Count, model.Format.Sections.Count);
    }
}
