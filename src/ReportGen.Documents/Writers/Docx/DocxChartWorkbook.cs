using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Charts;
using ReportGen.Documents.Writers.Packaging;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The workbook embedded behind a chart, which Word opens on 「编辑数据」: categories down column A,
/// one series per column from B, names in row 1 — the layout Word itself creates, so the ranges in
/// the chart part point at the same cells. Built with the SDK and re-zipped deterministically.
/// </summary>
internal static class DocxChartWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(ChartFigure chart, DateTime timestamp)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart);

        using var package = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            book.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // Fixed relationship ids: the SDK would otherwise make up new ones on every run.
            var workbookPart = book.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdBook");
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");

            var data = new SheetData();
            var header = new Row { RowIndex = 1U };
            header.Append(TextCell("A1", "项目"));
            for (var s = 0; s < series.Length; s++) header.Append(TextCell($"{Column(s + 1)}1", series[s].Name));
            data.Append(header);
            for (var i = 0; i < categories.Length; i++)
            {
                var rowIndex = (uint)(i + 2);
                var row = new Row { RowIndex = rowIndex };
                row.Append(TextCell($"A{rowIndex}", categories[i]));
                for (var s = 0; s < series.Length; s++)
                {
                    var value = ChartData.Value(series[s], i);
                    if (double.IsFinite(value))
                        row.Append(new Cell { CellReference = $"{Column(s + 1)}{rowIndex}", CellValue = new CellValue(value) });
                }
                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(
                new SheetFormatProperties { DefaultRowHeight = 15D },
                new Columns(new Column { Min = 1U, Max = 1U, Width = 28D, CustomWidth = true }),
                data);
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1U, Id = "rIdSheet1" }));
        }

        using var output = new MemoryStream();
        DeterministicZip.Repack(package, output, timestamp);
        return output.ToArray();
    }

    /// <summary>Inline strings keep the workbook to one part per sheet; Excel and Word read them.</summary>
    private static Cell TextCell(string reference, string text) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlTextSanitizer.Clean(text))),
    };

    /// <summary>0 → A, 1 → B, … 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
