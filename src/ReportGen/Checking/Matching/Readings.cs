using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Checking.Matching;

/// <summary>
/// A number of the narrative with the table quantity its clause speaks of. <see cref="Readings"/>: the
/// quantity and the other readings the words allow (收到…申请 N件: 本年新收, or with 上年结转), the first
/// the usual one; empty when the number is tied to no quantity.
/// </summary>
internal sealed record Mention
{
    public required NarrativeParagraph Paragraph { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required NumberWord Number { get; init; }
    public required string Sentence { get; init; }
    public IReadOnlyList<Quantity> Readings { get; init; } = [];
    /// <summary>The number was put there by a citation (${…}), not typed.</summary>
    public bool Cited { get; init; }
    /// <summary>For a percentage: the count it is the share of (“N件，占P%”), when it follows one.</summary>
    public Mention? ShareOf { get; init; }
    /// <summary>For a percentage: what the quantity is a share of (its parent in the table).</summary>
    public Quantity? ShareBase { get; init; }

    public string Written => Paragraph.Text[Start..End];
    public bool IsPercent => Number.Unit?.Kind == UnitKind.Percent;

    /// <summary>Whether the number states a quantity and can be compared (not approximate, every cell reported).</summary>
    public bool Comparable => Readings.Count > 0 && !Number.Approximate && Readings.All(r => r.Reported) && (!IsPercent || ShareBase is { Reported: true });

    /// <summary>A count that equals one of its readings (a percentage: its share of its base), or null when not comparable.</summary>
    public bool? Agrees
    {
        get
        {
            if (!Comparable) return null;
            if (!IsPercent) return Readings.Any(r => r.Value == Number.InTableUnit);
            if (ShareBase!.Value == 0) return null;
            return Share.Matches(Readings[0].Value, ShareBase.Value, Number.Value, Decimals(Written));
        }
    }

    private static int Decimals(string written)
    {
        var point = written.IndexOfAny(['.', '．']);
        if (point < 0) return 0;
        var digits = 0;
        for (var i = point + 1; i < written.Length && char.IsAsciiDigit(written[i]); i++) digits++;
        return digits;
    }
}

/// <summary>Percentages as reports print them: rounded half-up, or cut, to the decimals written.</summary>
internal static class Share
{
    public static decimal Of(decimal part, decimal whole, int decimals) => Math.Round(part * 100m / whole, decimals, MidpointRounding.AwayFromZero);

    public static bool Matches(decimal part, decimal whole, decimal stated, int decimals)
    {
        var exact = part * 100m / whole;
        var scale = (decimal)Math.Pow(10, decimals);
        return Math.Round(exact, decimals, MidpointRounding.AwayFromZero) == stated || Math.Truncate(exact * scale) / scale == stated;
    }
}

internal enum ClaimKind
{
    /// <summary>未发生行政复议: the quantity is 0.</summary>
    Negative,
    /// <summary>申请均已办结: the exceptions are 0.</summary>
    Universal,
}

/// <summary>A statement that says quantities are 0: <see cref="Zero"/>. <see cref="Word"/>: what it says (行政复议, 办结).</summary>
internal sealed record Claim(ClaimKind Kind, NarrativeParagraph Paragraph, string Sentence, string Word, IReadOnlyList<Quantity> Zero);
