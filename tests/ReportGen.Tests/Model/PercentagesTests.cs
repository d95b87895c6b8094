using ReportGen.Model;

namespace ReportGen.Tests.Model;

public class PercentagesTests
{
    [Fact]
    public void Shares_of_equal_parts_are_equal_and_sum_to_100()
    {
        // Seed 000 printed 12% and 13% for two counts of 2 out of 16 to force 100%.
        var shares = Percentages.LargestRemainder(new decimal[] { 12, 2, 2 }, 0);
        Assert.Equal(new decimal[] { 75, 13, 12 }, shares);
        Assert.Equal(100, shares.Sum());
    }

    [Theory]
    [InlineData(new[] { 1.0, 1, 1 }, 1)]
    [InlineData(new[] { 650.0, 525, 67 }, 1)]
    [InlineData(new[] { 333.0, 333, 334, 1 }, 2)]
    [InlineData(new[] { 7.0 }, 0)]
    public void Largest_remainder_always_sums_to_exactly_100(double[] values, int decimals)
    {
        var shares = Percentages.LargestRemainder(values.Select(v => (decimal)v).ToList(), decimals);
        Assert.Equal(100m, shares.Sum());
        for (var i = 0; i < values.Length; i++)
            Assert.True(Math.Abs((double)shares[i] - values[i] * 100 / values.Sum()) < Math.Pow(10, -decimals));
    }

    [Fact]
    public void A_zero_total_gives_zero_shares()
    {
        Assert.All(Percentages.LargestRemainder(new decimal[] { 0, 0 }, 1), s => Assert.Equal(0, s));
    }

    [Fact]
    public void Single_share_rounds_half_up()
    {
        Assert.Equal(52.4m, Percentages.Share(650, 1241, 1));
        Assert.Equal(12.5m, Percentages.Share(2, 16, 1));
        Assert.Equal(13m, Percentages.Share(2, 16, 0));
    }
}
