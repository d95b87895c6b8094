using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Documents.Document;

/// <summary>A block-level node. <see cref="Span"/> points at the data that produced it, when known.</summary>
public abstract record Block
{
    public SourceSpan? Span { get; init; }
}

/// <summary>The report title, one entry per printed line (2号 小标宋, centred).</summary>
public sealed record Title(ImmutableArray<string> Lines) : Block;

/// <summary>A numbered heading; <see cref="Level"/> 1–4 maps to 一、/（一）/1./（1） in GB/T 9704.</summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Content) : Block
{
    public string PlainText => Inline.ToPlainText(Content);
}

public sealed record Paragraph(ImmutableArray<Inline> Content, ParagraphKind Kind = ParagraphKind.Body) : Block
{
    public string PlainText => Inline.ToPlainText(Content);
}

public enum ParagraphKind
{
    /// <summary>Running text: first line indented two characters, justified.</summary>
    Body,
    /// <summary>No first-line indent, left aligned (e.g. the 填报单位 line above a table).</summary>
    Plain,
    /// <summary>Centred (e.g. the 成文日期 printed under the title).</summary>
    Centered,
    /// <summary>Right aligned.</summary>
    Right,
    /// <summary>Smaller type under a table or figure (注：…).</summary>
    Note,
}

/// <summary>
/// A table: columns, header rows (repeated after a page break) and body rows. Spans are given on
/// the cell that starts them; covered positions have no cell (as in HTML).
/// </summary>
/// <param name="Caption">Printed above the table; null when the format prints none.</param>
/// <param name="Summary">Not printed: the accessible name (HTML caption, PDF table alt text).</param>
public sealed record Table(
    ImmutableArray<ColumnSpec> Columns,
    ImmutableArray<TableRow> HeaderRows,
    ImmutableArray<TableRow> BodyRows,
    string? Caption,
    string Summary) : Block;

/// <summary>Relative width weight and default alignment of a column.</summary>
public sealed record ColumnSpec(double Weight, CellAlignment Align = CellAlignment.Left);

public sealed record TableRow(ImmutableArray<TableCell> Cells);

/// <param name="IsHeader">A header cell (th): column or row heading.</param>
public sealed record TableCell(
    ImmutableArray<Inline> Content,
    int RowSpan = 1,
    int ColSpan = 1,
    CellAlignment Align = CellAlignment.Default,
    bool IsHeader = false)
{
    public string PlainText => Inline.ToPlainText(Content);
}

public enum CellAlignment
{
    /// <summary>Take the column's alignment.</summary>
    Default,
    Left,
    Center,
    Right,
}

/// <summary>A figure with its caption (图1 …). <see cref="Number"/> is assigned by the template stage.</summary>
public sealed record Figure(FigureContent Content, string Caption, string AltText, int? Number = null) : Block
{
    public string NumberedCaption => Number is { } n ? $"图{n} {Caption}" : Caption;
}

/// <summary>发文机关署名 and 成文日期 (GB/T 9704 §7.3.5.2); never left alone on a page.</summary>
public sealed record SignatureBlock(ImmutableArray<string> Signers, string? DateText) : Block;

public sealed record PageBreak : Block;
