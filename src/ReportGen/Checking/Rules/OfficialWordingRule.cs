using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R29: the official wording of a format the tool ships — section headings, table names, row and column
/// labels, header cells, block captions — is compared with the shipped definition, not with the workspace's
/// copy (which a user may have edited, making the label rules compare the edited text with itself). An
/// official rule lowered to a warning is reported too. Each difference is a warning naming both texts,
/// acknowledgeable like any deviation.
/// </summary>
public sealed class OfficialWordingRule : IRule
{
    public string Id => "R29";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        var format = model.Format;
        if (OfficialFormats.Find(format.Id) is not { } official) yield break;
        var file = new SourceSpan(format.File, 1, 1);
        var where = Path.Combine(Path.GetFileName(format.Folder), "format.yaml");
        Finding Differs(Phrase what, string mine, string theirs) => Finding.Of(Catalog.Checking.R29Label, file, "format", what.Text(), mine, theirs, where);

        foreach (var section in official.Sections)
            if (format.FindSection(section.Key) is { } own && own.Heading != section.Heading)
                yield return Differs(Catalog.Checking.R29SectionHeading, own.Heading, section.Heading);
        foreach (var table in official.Tables)
        {
            if (format.FindTable(table.Id) is not { } own) continue;
            if (own.Name != table.Name) yield return Differs(Catalog.Checking.R29TableName, own.Name, table.Name);
            foreach (var row in table.Rows)
                if (own.FindRow(row.Key) is { } r && r.Label != row.Label) yield return Differs(Catalog.Checking.R29RowLabel, r.Label, row.Label);
            foreach (var column in table.Columns)
                if (own.FindColumn(column.Key) is { } c && c.Label != column.Label) yield return Differs(Catalog.Checking.R29ColumnLabel, c.Label, column.Label);
            foreach (var cell in table.HeaderCells)
                if (own.HeaderCells.FirstOrDefault(h => h.Row == cell.Row && h.Col == cell.Col) is { } h && h.Text != cell.Text)
                    yield return Differs(Catalog.Checking.R29HeaderCell, h.Text, cell.Text);
            foreach (var block in table.Blocks)
                if (own.Blocks.FirstOrDefault(b => b.Key == block.Key) is { } b && b.Caption != block.Caption)
                    yield return Differs(Catalog.Checking.R29BlockCaption, b.Caption, block.Caption);
        }
        foreach (var rule in official.Rules)
        {
            var officialSeverity = official.RuleSeverity.TryGetValue(rule, out var s) ? s : Catalog.Find(rule)?.Severity ?? Severity.Error;
            if (officialSeverity == Severity.Error && format.RuleSeverity.TryGetValue(rule, out var mine) && mine != Severity.Error)
                yield return Finding.Of(Catalog.Checking.R29Severity, file, "format", rule, where);
        }
    }
}
