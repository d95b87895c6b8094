using System.Collections.Immutable;

namespace ReportGen.Documents.Document;

/// <summary>
/// The writer-neutral document: what the templates produced, with every number already in place.
/// Writers (docx, html, pdf) only read this tree; they never see YAML or the report model.
/// </summary>
public sealed record ReportDocument(DocumentMetadata Metadata, ImmutableArray<Block> Blocks);

/// <summary>
/// Everything a writer needs for document properties. <see cref="Date"/> and <see cref="Identifier"/>
/// come from the report, never from the clock, so that two runs give the same bytes. A report
/// without 成文日期 has no <see cref="Date"/>, and writers then write none.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    ImmutableArray<string> Keywords,
    DateOnly? Date,
    string Identifier,
    string Language = "zh-CN");
