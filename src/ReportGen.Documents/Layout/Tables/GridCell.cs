using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>A table cell with its resolved grid position (row and column of its top-left slot).</summary>
public sealed record GridCell(TableCell Cell, int Row, int Column, int RowSpan, int ColSpan, bool InHeader);
