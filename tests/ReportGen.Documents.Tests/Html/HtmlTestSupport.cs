using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Html;

namespace ReportGen.Documents.Tests.Html;

internal static class HtmlTestSupport
{
    public static byte[] Bytes(ReportDocument document)
    {
        using var ms = new MemoryStream();
        new HtmlWriter().Write(document, ms);
        return ms.ToArray();
    }

    public static string Render(ReportDocument document) => Encoding.UTF8.GetString(Bytes(document));

    public static IDocument Parse(ReportDocument document) => new HtmlParser().ParseDocument(Render(document));

    /// <summary>The sample document with its blocks replaced (metadata kept).</summary>
    public static ReportDocument With(params Block[] blocks) =>
        SampleDocuments.Small() with { Blocks = ImmutableArray.Create(blocks) };

    public static ImmutableArray<Inline> T(string s) => SampleDocuments.T(s);
}
