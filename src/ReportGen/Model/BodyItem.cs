using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Model;

/// <summary>An item of a section body, in printed order.</summary>
public abstract record BodyItem(SourceSpan Span);

/// <summary>Narrative text after citations (<c>${a1}</c>) were replaced by their values.</summary>
public sealed record NarrativeParagraph(string Text, SourceSpan Span) : BodyItem(Span);

public sealed record FigureItem(string Caption, string? AltText, SourceSpan Span) : BodyItem(Span);

public sealed record InlineTable(ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows, SourceSpan Span) : BodyItem(Span);

/// <summary>A section: its heading as printed (with its own numbering in the pre-2019 format) and its body.</summary>
public sealed record Section(string Heading, int Level, ImmutableArray<BodyItem> Body, SourceSpan Span) : BodyItem(Span)
{
    /// <summary>The format's key for a fixed-outline section or subtopic (e.g. <c>overview</c>, <c>oversight</c>); null in free outlines.</summary>
    public string? Key { get; init; }

    public IEnumerable<Section> Subsections => Body.OfType<Section>();
}
