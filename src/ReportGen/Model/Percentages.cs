namespace ReportGen.Model;

/// <summary>
/// Shares of a whole that must print as summing to exactly 100: largest-remainder (Hamilton)
/// rounding, so no share is forced by hand (the mistake seeds 000 and 002 make).
/// </summary>
public static class Percentages
{
    /// <returns>Percentages rounded to <paramref name="decimals"/> places, summing to 100 when the total is positive.</returns>
    public static decimal[] LargestRemainder(IReadOnlyList<decimal> values, int decimals)
    {
        var result = new decimal[values.Count];
        var total = values.Sum();
        if (total <= 0) return result;

        var unit = Pow10(decimals);
        var target = 100 * unit;
        var floors = new long[values.Count];
        var remainders = new decimal[values.Count];
        long allocated = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var exact = values[i] * target / total;
            floors[i] = (long)decimal.Floor(exact);
            remainders[i] = exact - floors[i];
            allocated += floors[i];
        }

        // Hand the missing units to the largest remainders; ties go to the earlier item so results are stable.
        var order = Enumerable.Range(0, values.Count)
            .OrderByDescending(i => remainders[i]).ThenBy(i => i).ToList();
        for (var k = 0; k < target - allocated && k < order.Count; k++)
            floors[order[k]]++;

        for (var i = 0; i < values.Count; i++)
            result[i] = (decimal)floors[i] / unit;
        return result;
    }

    /// <summary>A single share, half-up, when no breakdown has to sum to 100.</summary>
    public static decimal Share(decimal part, decimal whole, int decimals)
        => whole <= 0 ? 0 : Math.Round(part * 100 / whole, decimals, MidpointRounding.AwayFromZero);

    private static long Pow10(int n)
    {
        long r = 1;
        for (var i = 0; i < n; i++) r *= 10;
        return r;
    }
}
