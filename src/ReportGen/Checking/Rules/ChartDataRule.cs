using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
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
                yield return Finding.Of(Catalog.Checking.R24Missing, figure.Span, figure.Caption, figure.Caption, missing);
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
