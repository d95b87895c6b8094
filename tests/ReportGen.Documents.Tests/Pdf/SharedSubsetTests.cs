using ReportGen.Documents.Document;
using ReportGen.Documents.Tests.Pdf.Inspection;
using ReportGen.Documents.Writers.Pdf;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>
/// A document that prints the characters of the format's fixed text embeds them as one subset shared by the batch
/// (the same bytes in every report) and a subset of its own characters; text extraction cannot tell the difference.
/// </summary>
public class SharedSubsetTests
{
    private static readonly string Shared = SharedGlyphs.Characters.Replace(" ", "");

    /// <summary>Every shared character once, then characters of its own (none of them shared).</summary>
    private static ReportDocument Printing(string own) => SampleDocuments.Small() with
    {
        Blocks = [new Paragraph([new Text(Shared)]), new Paragraph([new Text(own)])],
    };

    [Fact]
    public void Two_reports_embed_the_same_shared_subset_and_each_its_own()
    {
        var first = PdfFile.Read(PdfFixture.Render(Printing("甲乙丙丁戊己庚辛")));
        var second = PdfFile.Read(PdfFixture.Render(Printing("子丑寅卯辰巳午未")));
        var firstFonts = Programs(first);
        var secondFonts = Programs(second);

        var common = firstFonts.Keys.Intersect(secondFonts.Keys).ToList();
        var shared = Assert.Single(common);
        Assert.Equal(firstFonts[shared], secondFonts[shared]);
        // One face (宋: title, body, page numbers), embedded as the shared subset and the report's own.
        Assert.Equal(2, firstFonts.Count);
        Assert.Equal(2, secondFonts.Count);
        Assert.Equal(SharedGlyphs.Characters.Length + 1, PdfFonts.Describe(first).Single(f => f.Name == shared).GlyphCount); // and .notdef
    }

    [Fact]
    public void Each_character_is_drawn_from_the_subset_it_belongs_to_and_extracts_as_written()
    {
        var document = Printing("甲乙丙丁戊己庚辛，二〇二四年");
        var bytes = PdfFixture.Render(document);
        var sharedName = Programs(PdfFile.Read(bytes)).Keys.Single(n => Programs(PdfFile.Read(PdfFixture.Render(Printing("子丑")))).ContainsKey(n));
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.Equal(DocumentText.Of(document), DocumentText.Normalize(string.Concat(pdf.GetPages().Select(p => p.Text))));
        var fromShared = letters.Where(l => l.FontName == sharedName && !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(Shared.Select(c => c.ToString()).Order(StringComparer.Ordinal), fromShared);
        Assert.All(letters.Where(l => l.FontName != sharedName && l.Value is "甲" or "辛" or "〇"), l => Assert.DoesNotContain(l.Value, Shared));
        // "二", "年" and "，" are shared: the own-text paragraph switches font inside its line and back.
        var ownLine = letters.Where(l => l.Value is "甲" or "二" or "年").Select(l => l.FontName).Distinct().ToList();
        Assert.Equal(2, ownLine.Count);
    }

    [Fact]
    public void A_document_printing_few_shared_characters_keeps_one_subset_per_face()
    {
        var names = Programs(PdfFile.Read(PdfFixture.Render(SampleDocuments.Small() with { Blocks = [new Paragraph([new Text(Shared[..100] + "甲乙")])] })));
        Assert.Single(names); // 100 of 319 is not worth a second font
    }

    /// <summary>Each font's name and its decoded program.</summary>
    private static Dictionary<string, byte[]> Programs(PdfFile pdf)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (_, page) in pdf.Pages)
            foreach (var value in pdf.Dict(pdf.Dict(page["Resources"])["Font"]).Values)
            {
                var font = pdf.Dict(value);
                var descendant = pdf.Dict(((PdfArray)pdf.Resolve(font["DescendantFonts"])).Single());
                var descriptor = pdf.Dict(descendant["FontDescriptor"]);
                result[font.Name("BaseFont")!] = pdf.Decode((PdfStream)pdf.Resolve(descriptor["FontFile2"]));
            }
        return result;
    }
}
