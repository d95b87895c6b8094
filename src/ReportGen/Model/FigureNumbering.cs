using System.Collections.Immutable;
using ReportGen.Loading;

namespace ReportGen.Model;

/// <summary>
/// Numbers figures (图1, 图2 …) in document order when the data is loaded, so that the narrative's
/// references (<c>${fig:id}</c>) and the captions agree by construction, in every output format.
/// </summary>
public static class FigureNumbering
{
    public static (ImmutableArray<BodyItem> Items, IReadOnlyDictionary<string, int> ById) Assign(ImmutableArray<BodyItem> items)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        return (Walk(items, byId, ref next), byId);
    }

    private static ImmutableArray<BodyItem> Walk(ImmutableArray<BodyItem> items, Dictionary<string, int> byId, ref int next)
    {
        var result = ImmutableArray.CreateBuilder<BodyItem>(items.Length);
        foreach (var item in items)
        {
            switch (item)
            {
                case FigureItem { Numbered: true } f:
                    var number = ++next;
                    if (f.Id is not null) byId.TryAdd(f.Id, number);
                    result.Add(f with { Number = number });
                    break;
                case Section s:
                    result.Add(s with { Body = Walk(s.Body, byId, ref next) });
                    break;
                default:
                    result.Add(item);
                    break;
            }
        }
        return result.ToImmutable();
    }
}
