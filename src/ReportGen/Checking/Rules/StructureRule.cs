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
            yield return new Finding(model.Spans.For("format"), "format",
                $"格式“{format.Name}”适用于{format.FirstYear?.ToString() ?? ""}—{format.LastYear?.ToString() ?? ""}年度的报告，本报告为{model.Year}年度",
                "沿用过时格式（如2021年以后仍用2019年的表二栏目）是常见错误。");
        if (!model.Format.IsFixedOutline) yield break;
        var top = model.Sections.ToList();
        for (var i = 0; i < model.Format.Sections.Count; i++)
        {
            var def = model.Format.Sections[i];
            var field = $"narrative.{def.Key}";
            var section = i < top.Count ? top[i] : null;
            if (section is null || section.Key != def.Key || section.Heading != def.Heading)
            {
                yield return new Finding(model.Spans.For(field), field,
                    $"第 {i + 1} 部分应为“{def.Heading}”，实为“{section?.Heading ?? "（缺）"}”");
                continue;
            }
            if (def.Kind == "table")
            {
                if (def.Table is null || model.Statistics.Find(def.Table) is null)
                    yield return new Finding(model.Spans.For("statistics"), "statistics", $"“{def.Heading}”缺少统计表");
                continue;
            }
            if (!Narrative.HasContent(section))
                yield return new Finding(model.Spans.For(field), field, $"“{def.Heading}”没有内容",
                    $"请在 narrative.{def.Key} 下填写正文。");
        }
        if (top.Count > model.Format.Sections.Count)
            yield return new Finding(model.Spans.For("narrative"), "narrative",
                $"报告有 {top.Count} 个部分，格式规定 {model.Format.Sections.Count} 个");
    }
}
