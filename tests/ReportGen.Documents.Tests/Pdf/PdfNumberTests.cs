using System.Globalization;
using System.Text;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>Content-stream numbers: three decimals at most, rounded half away from zero, no trailing zeros or exponent.</summary>
public class PdfNumberTests
{
    /// <summary>The rule spelt out with the framework's formatting, to compare the hand-written digits with.</summary>
    private static string Expected(double value)
    {
        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        var text = (Math.Abs((decimal)scaled) / 1000m).ToString("0.###", CultureInfo.InvariantCulture);
        return scaled < 0 ? "-" + text : text;
    }

    private static string Written(double value)
    {
        var buffer = new PdfBuffer(4);
        buffer.N(value);
        return Encoding.ASCII.GetString(buffer.Span);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(0.0004, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(0.0005, "0.001")]
    [InlineData(-0.0005, "-0.001")]
    [InlineData(1.5, "1.5")]
    [InlineData(-72.25, "-72.25")]
    [InlineData(595.276, "595.276")]
    [InlineData(10.0, "10")]
    [InlineData(1000000.0999, "1000000.1")]
    public void Writes_the_known_forms(double value, string expected) => Assert.Equal(expected, Written(value));

    [Fact]
    public void Agrees_with_the_rule_over_page_coordinates_and_large_values()
    {
        var random = new Random(9704);
        for (var i = 0; i < 50_000; i++)
        {
            var value = (i % 3) switch
            {
                0 => random.NextDouble() * 842,
                1 => (random.NextDouble() - 0.5) * 2e6,
                _ => Math.Round(random.NextDouble() * 100, 4) - 50,
            };
            Assert.Equal(Expected(value), Written(value));
        }
        foreach (var value in new[] { 9.99e14, -9.99e14, 123456789012.3456 })
            Assert.Equal(Expected(value), Written(value));
    }

    [Fact]
    public void Grows_the_buffer_for_many_numbers()
    {
        var buffer = new PdfBuffer(4);
        var expected = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            buffer.N(i * 1.25).B((byte)' ');
            expected.Append(Expected(i * 1.25)).Append(' ');
        }
        Assert.Equal(expected.ToString(), Encoding.ASCII.GetString(buffer.Span));
    }
}
