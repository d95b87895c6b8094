using System.Globalization;
using ReportGen.Documents.Document;
using ReportGen.Documents.Tests.Docx;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfChartTests
{
    /// <summary>The five chart kinds of the DOCX tests, without the pictures.</summary>
    internal static ReportDocument Charts()
    {
        var document = DocxChartTests.ChartDocument();
        return document with { Blocks = [.. document.Blocks.Where(b => b is Figure { Content: ChartFigure })] };
    }

    [Fact]
    public void Chart_labels_are_real_text_in_the_pdf()
    {
        var document = Charts();
        using var pdf = PdfDocument.Open(PdfFixture.Render(document));
        var pages = pdf.GetPages().ToList();
        var text = DocumentText.Normalize(string.Concat(pages.Select(p => p.Text)));
        foreach (var figure in document.Blocks.OfType<Figure>())
        {
            var chart = (ChartFigure)figure.Content;
            Assert.Contains(figure.NumberedCaption.Replace(" ", ""), text);
            Assert.Contains("单位：" + chart.Unit, text);
            foreach (var category in chart.Categories) Assert.Contains(category, text);
            var series = chart.Kind is ChartKind.Pie or ChartKind.Donut ? chart.Series.Take(1) : chart.Series;
            foreach (var s in series)
                foreach (var v in s.Values.Where(double.IsFinite))
                    Assert.Contains(v.ToString("0.##", CultureInfo.InvariantCulture), text);
        }
        Assert.Contains("94%", text); // 15 of 16 on the pie
        Assert.Contains("75%", text); // 12 of 16 on the donut
        // Vector drawing, not pictures.
        Assert.All(pages, p => Assert.Empty(p.GetImages()));
    }

    [Fact]
    public void Chart_pdf_is_deterministic()
    {
        Assert.Equal(PdfFixture.Render(Charts()), PdfFixture.Render(Charts()));
    }
}
