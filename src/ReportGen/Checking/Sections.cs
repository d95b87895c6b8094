using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking;

internal static class Sections
{
    public static IEnumerable<NarrativeParagraph> Paragraphs(IEnumerable<BodyItem> items)
    {
        foreach (var item in items)
        {
            if (item is NarrativeParagraph p) yield return p;
            else if (item is Section s)
                foreach (var inner in Paragraphs(s.Body)) yield return inner;
        }
    }
}
