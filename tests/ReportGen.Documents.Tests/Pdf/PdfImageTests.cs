using ReportGen.Documents.Tests.Pdf.Inspection;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfImageTests
{
    /// <summary>The image XObjects drawn on the figure's page, with the tag around the drawing.</summary>
    private static (PdfStream Image, PdfFile Pdf) OnlyImage(string sample)
    {
        var pdf = PdfFile.Read(PdfSamples.Get(sample));
        Assert.True(pdf.Problems.Count == 0, pdf.Report);
        var images = pdf.Pages.SelectMany(p =>
        {
            var resources = pdf.Dict(p.Page["Resources"]);
            return resources.TryGetValue("XObject", out var x) ? pdf.Dict(x).Values : Enumerable.Empty<object>();
        }).Distinct().Select(pdf.Resolve).OfType<PdfStream>().Where(s => s.Dict.Name("Subtype") == "Image").ToList();
        var image = Assert.Single(images);
        // Drawn inside the Figure's marked content: /Figure <</MCID n>> BDC … /Im Do … EMC.
        var ops = pdf.Pages.Select(p => PdfSyntax.ContentOperations(pdf.PageContent(p.Page))).Single(o => o.Any(x => x.Operator == "Do"));
        var draw = ops.ToList().FindIndex(o => o.Operator == "Do");
        var open = ops.Take(draw).ToList().FindLastIndex(o => o.Operator == "BDC");
        Assert.Equal("Figure", ((PdfName)ops[open].Operands[0]).Value);
        Assert.DoesNotContain(ops.Skip(open + 1).Take(draw - open), o => o.Operator == "EMC");
        return (image, pdf);
    }

    [Fact]
    public void Png_figure_is_embedded_as_an_image_whose_pixels_decode_to_the_original()
    {
        var (image, pdf) = OnlyImage("png");
        Assert.Equal(4.0, image.Dict["Width"]);
        Assert.Equal(2.0, image.Dict["Height"]);
        Assert.Equal(8.0, image.Dict["BitsPerComponent"]);
        Assert.Equal("DeviceRGB", image.Dict.Name("ColorSpace"));
        Assert.Equal(15.0, pdf.Dict(image.Dict["DecodeParms"])["Predictor"]);
        // Inflated and un-predicted by the tests' reader: exactly the pixels of the PNG.
        Assert.Equal(PdfSamples.PngPixels(), pdf.Decode(image));
    }

    [Fact]
    public void Jpeg_figure_is_passed_through_unchanged_and_decodes_as_a_whole_jpeg()
    {
        var (image, pdf) = OnlyImage("jpeg");
        var jpeg = PdfSamples.Jpeg();
        Assert.Equal("DCTDecode", image.Dict.Name("Filter"));
        Assert.Equal(jpeg, image.Raw); // no re-encoding
        var frame = JpegMarkers.Read(pdf.Decode(image));
        Assert.Equal((166, 234, 3), (frame.Width, frame.Height, frame.Components));
        Assert.Equal((double)frame.Width, image.Dict["Width"]);
        Assert.Equal((double)frame.Height, image.Dict["Height"]);
        Assert.Equal("DeviceRGB", image.Dict.Name("ColorSpace"));
    }
}
