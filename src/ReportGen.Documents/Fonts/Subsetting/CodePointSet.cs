namespace ReportGen.Documents.Fonts.Subsetting;

/// <summary>
/// The code points a document prints in one face (what its subset must hold, in PDF and OFD alike): one bit per BMP
/// character, a hash set for the rest.
/// </summary>
/// <remarks>
/// Every glyph of every run passes through <see cref="Add"/>; a <see cref="HashSet{T}"/> of ints was 0.7 % of a batch's
/// CPU there. The bits also come out ascending, which is the order subsetting wants.
/// </remarks>
internal sealed class CodePointSet
{
    private const int BmpEnd = 0x10000;
    private readonly ulong[] _bmp = new ulong[BmpEnd / 64];
    private HashSet<int>? _astral;

    public int Count { get; private set; }

    public void Add(int cp)
    {
        if ((uint)cp < BmpEnd)
        {
            ref var word = ref _bmp[cp >> 6];
            var bit = 1UL << (cp & 63);
            if ((word & bit) != 0) return;
            word |= bit;
            Count++;
        }
        else if ((_astral ??= new HashSet<int>()).Add(cp)) Count++;
    }

    public bool Contains(int cp)
        => (uint)cp < BmpEnd ? (_bmp[cp >> 6] & (1UL << (cp & 63))) != 0 : _astral?.Contains(cp) == true;

    public void Remove(int cp)
    {
        if ((uint)cp < BmpEnd)
        {
            ref var word = ref _bmp[cp >> 6];
            var bit = 1UL << (cp & 63);
            if ((word & bit) == 0) return;
            word &= ~bit;
            Count--;
        }
        else if (_astral?.Remove(cp) == true) Count--;
    }

    /// <summary>The members, ascending.</summary>
    public int[] ToSortedArray()
    {
        var result = new int[Count];
        var n = 0;
        for (var w = 0; w < _bmp.Length; w++)
        {
            var word = _bmp[w];
            while (word != 0)
            {
                result[n++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
        if (_astral is { Count: > 0 })
        {
            foreach (var cp in _astral) result[n++] = cp;
            Array.Sort(result, n - _astral.Count, _astral.Count);
        }
        return result;
    }
}
