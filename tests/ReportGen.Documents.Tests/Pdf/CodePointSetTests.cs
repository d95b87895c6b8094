using ReportGen.Documents.Fonts.Subsetting;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>The set of code points a face prints: the same answers as a hash set, and ascending output.</summary>
public class CodePointSetTests
{
    [Fact]
    public void Agrees_with_a_hash_set_over_random_adds_and_removes()
    {
        var random = new Random(19);
        var set = new CodePointSet();
        var reference = new HashSet<int>();
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly CJK and ASCII, with supplementary-plane characters and both ends of the BMP.
            var cp = (i % 4) switch
            {
                0 => random.Next(0x4E00, 0x4F00),
                1 => random.Next(0x20, 0x80),
                2 => random.Next(0x20000, 0x20100),
                _ => random.Next(2) == 0 ? 0 : random.Next(0xFFF0, 0x10000),
            };
            if (random.Next(5) == 0)
            {
                set.Remove(cp);
                reference.Remove(cp);
            }
            else
            {
                set.Add(cp);
                reference.Add(cp);
            }
            Assert.Equal(reference.Count, set.Count);
        }
        foreach (var cp in new[] { 0, 0x41, 0x4E00, 0xFFFF, 0x10000, 0x20000, 0x200FF, 0x10FFFF })
            Assert.Equal(reference.Contains(cp), set.Contains(cp));
        Assert.Equal(reference.Order().ToArray(), set.ToSortedArray());
    }

    [Fact]
    public void Removing_an_absent_code_point_changes_nothing()
    {
        var set = new CodePointSet();
        set.Add('一');
        set.Add(0x20001);
        set.Remove('二');
        set.Remove(0x20002);
        Assert.Equal(2, set.Count);
        Assert.Equal(['一', 0x20001], set.ToSortedArray());
    }
}
