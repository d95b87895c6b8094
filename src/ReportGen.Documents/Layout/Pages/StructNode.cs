namespace ReportGen.Documents.Layout.Pages;

/// <summary>
/// A node of the logical structure (tagged PDF, and the OFD writer's too): Document, H1–H5, P, Table,
/// THead, TBody, TR, TH, TD, Figure, Caption, Link; all standard types, no role map. Layout builds
/// the tree; frame items point at nodes by <see cref="Id"/>.
/// </summary>
public sealed class StructNode(int id, string type)
{
    public int Id { get; } = id;
    public string Type { get; } = type;
    public List<StructNode> Children { get; } = new();
    public string? Alt { get; init; }

    /// <summary>Table summary (PDF/UA: the table's accessible description).</summary>
    public string? Summary { get; init; }
    public int RowSpan { get; init; } = 1;
    public int ColSpan { get; init; } = 1;

    /// <summary>"Column", "Row" or "Both" for TH.</summary>
    public string? Scope { get; init; }
}
