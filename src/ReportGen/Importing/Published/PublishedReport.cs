using System.Collections.Immutable;

namespace ReportGen.Importing.Published;

/// <summary>
/// A published report as its reader found it, independent of the source kind: paragraphs with the
/// layout cues the source had (title, heading markup, bold, alignment), tables as rows of cells with
/// their spans, and figures. Recognition works on this alone, so every source kind is read the same way.
/// </summary>
public sealed record PublishedReport(SourceKind Kind, string SourceFile, ImmutableArray<PublishedBlock> Blocks)
{
    /// <summary>True when the source marks headings itself (h2–h5, Word heading styles, a heading font in a PDF).</summary>
    public bool HasHeadingMarkup => Blocks.OfType<PublishedParagraph>().Any(p => p.Role == ParagraphRole.Heading);
}

public abstract record PublishedBlock;

/// <summary>How the source presented a paragraph; a cue, not a verdict (recognition decides).</summary>
public enum ParagraphRole
{
    Body,
    /// <summary>Marked as the document title (h1.title, Word Title style, the large centered lines of a PDF).</summary>
    Title,
    /// <summary>Marked as a heading (h2–h5, a Word heading style or outline level, a heading font).</summary>
    Heading,
    /// <summary>Every character bold but not marked as a heading: portal pages mark headings this way.</summary>
    Bold,
    Centered,
    Right,
    /// <summary>Marked as a signer line of the closing block.</summary>
    Signer,
    /// <summary>Marked as the date line of the closing block.</summary>
    Date,
    /// <summary>A figure or table caption.</summary>
    Caption,
}

/// <param name="Level">The heading level the markup gives (1 = the report's top sections), 0 when unmarked.</param>
/// <param name="Style">A source-specific style key (a PDF font, a Word style id) recognition may learn levels from.</param>
public sealed record PublishedParagraph(string Text, ParagraphRole Role = ParagraphRole.Body, int Level = 0, string? Style = null) : PublishedBlock;

/// <summary>A table as published: rows of cells with their spans, not yet expanded into a grid.</summary>
public sealed record PublishedTable(ImmutableArray<ImmutableArray<PublishedCell>> Rows) : PublishedBlock
{
    public int CellCount => Rows.Sum(r => r.Length);
}

public sealed record PublishedCell(string Text, int RowSpan = 1, int ColSpan = 1, bool IsHeader = false);

/// <summary>A figure: its caption and, where the source carries them (HTML data table, Word chart caches), the chart's numbers.</summary>
public sealed record PublishedFigure(string Caption, PublishedChart? Chart = null, string? AltText = null) : PublishedBlock;

/// <param name="Kind">bar, stacked_bar, line, pie, donut — when the source tells; null when it does not.</param>
public sealed record PublishedChart(string? Kind, ImmutableArray<string> Categories, ImmutableArray<PublishedSeries> Series, string? Unit);

public sealed record PublishedSeries(string Name, ImmutableArray<string> Values);
