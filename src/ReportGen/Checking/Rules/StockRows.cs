using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>The rows a <c>stock</c> cross-year entry of the format names, with this and last year's tables, when both have them.</summary>
internal static class StockRows
{
    public static IEnumerable<(CrossYearDefinition Cross, StatTable Table, StatTable Before, RowDefinition Row, ColumnDefinition Stock, ColumnDefinition Added, ColumnDefinition Removed)>
        Of(ReportModel model, CheckContext context, string ruleId)
    {
        if (context.PreviousYear is not { } previous) yield break;
        foreach (var cross in model.Format.CrossYear.Where(c => c.Rule == ruleId && c.Kind == CrossYearKind.Stock))
        {
            if (model.Statistics.Find(cross.Table) is not { } table || previous.Statistics.Find(cross.Table) is not { } before) continue;
            var def = table.Definition;
            if (def.FindColumn(cross.Stock ?? "") is not { } stock || def.FindColumn(cross.Added ?? "") is not { } added || def.FindColumn(cross.Removed ?? "") is not { } removed) continue;
            // Last year in another format (2019's columns) has no comparable stock: nothing to say.
            if (before.Definition.FindColumn(stock.Key) is null) continue;
            foreach (var key in cross.Rows)
                if (def.FindRow(key) is { } row && before.Definition.FindRow(key) is not null)
                    yield return (cross, table, before, row, stock, added, removed);
        }
    }
}
