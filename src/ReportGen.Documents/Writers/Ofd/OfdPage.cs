namespace ReportGen.Documents.Writers.Ofd;

/// <summary>A written page: its ID, its Content.xml, and the page objects that belong to structure nodes, in reading order.</summary>
internal sealed record OfdPage(int Id, byte[] Content, IReadOnlyList<OfdObjectRef> Objects);

/// <summary>A page object bound to a node of the logical structure (CustomTags).</summary>
internal readonly record struct OfdObjectRef(int StructId, int PageId, int ObjectId);
