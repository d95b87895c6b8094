using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// A page's compressed content stream, per MCID the structure node it belongs to, and the link
/// areas that become annotations.
/// </summary>
internal sealed record PageContent(byte[] Stream, List<int> McidOwners, List<int> ImageIndexes, List<LinkItem> Links);
