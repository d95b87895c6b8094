namespace ReportGen.Documents.Writers.Pdf;

/// <summary>A page's compressed content stream and, per MCID, the structure node it belongs to.</summary>
internal sealed record PageContent(byte[] Stream, List<int> McidOwners, List<int> ImageIndexes);
