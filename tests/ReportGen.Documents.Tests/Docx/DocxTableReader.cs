using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Documents.Tests.Docx;

/// <summary>
/// Reads a Word table back into one compact line per row, e.g. "0+3^:项目 | 3+7:申请人情况":
/// start column + grid span, then ^ for vMerge restart or | for vMerge continue, then the text.
/// </summary>
internal static class DocxTableReader
{
    public static string[] Layout(Table table) =>
        table.Elements<TableRow>().Select(RowLayout).ToArray();

    private static string RowLayout(TableRow row)
    {
        var column = 0;
        var parts = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            var merge = cell.TableCellProperties?.VerticalMerge;
            var mark = merge is null ? "" : merge.Val?.Value == MergedCellValues.Restart ? "^" : "|";
            parts.Add($"{column}+{span}{mark}:{cell.InnerText}");
            column += span;
        }
        return string.Join(" | ", parts);
    }
}
