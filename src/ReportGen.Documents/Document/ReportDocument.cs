using System.Collections.Immutable;

namespace ReportGen.Documents.Document;

/// <summary>
/// The writer-neutral document: what the templates produced, with every number already in place.
/// Writers (docx, html, pdf) only read this tree; they never see YAML or the report model.
/// </summary>
public sealed record ReportDocument(DocumentMetadata Metadata, ImmutableArray<Block> Blocks);

/// <summary>
/// Everything a writer needs for document properties. <see cref="Date"/> and <see cref="Identifier"/>
/// come from the report, never from the clock, so that two runs give the same bytes.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    ImmutableArray<string> Keywords,
    DateOnly Date,
    string Identifier,
    string Language = "zh-CN")
{
    /// <summary>
    /// Whether <see cref="Date"/> is the report's 成文日期. When the data gives none, Date is still set
    /// (to the year's end, for deterministic package timestamps), but a writer must not present it as
    /// the document's date (the OFD DocInfo omits CreationDate then).
    /// </summary>
    public bool IsDocumentDate { get; init; } = true;
}
