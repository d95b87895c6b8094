using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R24: a chart that cites data which does not exist (another year's file is missing or invalid) is drawn with a gap, and said so.</summary>
public sealed class ChartDataRule : IRule
{
    public string Id => "R24";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var figure in Figures(model.Sections))
            foreach (var missing in figure.Chart!.MissingSources)
                yield return new Finding(figure.Span, figure.Caption,
                    $"图表“{figure.Caption}”引用的数据不存在：{missing}（缺失或有错误），图中该项留空",
                    "请补充该年度的数据文件，或从 years 中删去该年。");
    }

    private static IEnumerable<FigureItem> Figures(IEnumerable<BodyItem> items)
    {
        foreach (var item in items)
        {
            if (item is FigureItem { Chart: not null } f) yield return f;
            else if (item is Section s)
                foreach (var inner in Figures(s.Body)) yield return inner;
        }
    }
}
