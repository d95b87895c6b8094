namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// The document's object identifiers (ST_ID): one counter for resources, pages, layers and page
/// objects, handed out in reading order, so an object's ID also says where it comes in the text.
/// </summary>
internal sealed class OfdIds
{
    private int _last;

    public int Next() => ++_last;

    /// <summary>The largest ID handed out: Document.xml's MaxUnitID.</summary>
    public int Max => _last;
}
