using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R6: in tables whose format says <c>skipped_cell: required</c> (表二), every cell was typed — a
/// blank is not a 0 there. The loader reports a missing cell under this id when it reads the file;
/// this rule covers models built in code.
/// </summary>
public sealed class RequiredCellRule : IRule
{
    public string Id => "R6";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values.Where(t => t.Definition.SkippedCell == SkippedCell.Required))
        {
            var def = table.Definition;
            foreach (var row in def.Rows.Where(r => r.Data && r.Derived is null))
                foreach (var col in def.ColumnsOf(row).Where(c => c.Derived is null))
                {
                    if (table.Cell(row.Key, col.Key).Entered.HasValue) continue;
                    var field = CellReference.FieldPath(model, def, row, col);
                    yield return Finding.Of(Catalog.Checking.R6Blank, model.Spans.For(field), field, CellReference.Describe(def, row, col));
                }
        }
    }
}
