namespace ReportGen.Tooling.Fuzzing;

/// <summary>Mutators below the YAML level: encodings broken, bytes flipped, files cut short.</summary>
internal static class ByteMutators
{
    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xFE }, new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xC3 },
        new byte[] { 0xE4, 0xB8 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
        new byte[] { 0xE0, 0x80, 0xAF }, new byte[] { 0xBF, 0xBF },
    };

    private static readonly byte[][] Boms =
    {
        new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF }, new byte[] { 0x00, 0x00, 0xFE, 0xFF },
    };

    public static byte[] InvalidUtf8Sequence(byte[] input, Random rng)
        => Insert(input, rng.Next(input.Length + 1), YamlText.Pick(rng, InvalidUtf8));

    public static byte[] Bom(byte[] input, Random rng)
    {
        var bom = YamlText.Pick(rng, Boms);
        return rng.Next(4) switch
        {
            0 => Insert(input, 0, bom.Concat(bom).ToArray()),
            1 => Insert(input, 0, bom),
            2 => Insert(input, LineStart(input, rng), bom),
            _ => Insert(input, rng.Next(input.Length + 1), bom),
        };
    }

    public static byte[] Truncate(byte[] input, Random rng) => input[..rng.Next(input.Length)];

    public static byte[] FlipBits(byte[] input, Random rng)
    {
        var output = (byte[])input.Clone();
        var flips = rng.Next(1, 17);
        for (var i = 0; i < flips && output.Length > 0; i++)
            output[rng.Next(output.Length)] ^= (byte)(1 << rng.Next(8));
        return output;
    }

    public static byte[] RandomBytes(byte[] input, Random rng)
    {
        var output = (byte[])input.Clone();
        var start = rng.Next(output.Length);
        var length = Math.Min(output.Length - start, rng.Next(1, 64));
        rng.NextBytes(output.AsSpan(start, length));
        return output;
    }

    private static int LineStart(byte[] input, Random rng)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < input.Length; i++) if (input[i] == '\n') starts.Add(i + 1);
        return YamlText.Pick(rng, starts);
    }

    private static byte[] Insert(byte[] input, int at, byte[] bytes) => [.. input[..at], .. bytes, .. input[at..]];
}
