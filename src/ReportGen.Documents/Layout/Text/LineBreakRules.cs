namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// Chinese line-breaking (GB/T 15834 practice, 禁则): a break may fall between any two CJK
/// characters, except before closing punctuation, after opening punctuation, inside a Latin word
/// or number, and inside a doubled dash or ellipsis.
/// </summary>
public static class LineBreakRules
{
    private const string Closing = "）)]｝}〕〉》」』】〙〗〛”’。，、；：？！.,;:?!%‰℃·・々～》｠";
    private const string Opening = "（([｛{〔〈《「『【〘〖〚“‘｟";

    private const string LeftHalf = "，。、；：）》」』】〕〉〗”’";

    /// <summary>
    /// Full-width punctuation whose ink sits in the left half of the em box: at a line end its right
    /// half may be squeezed away (行末标点压缩) instead of pushing a character to the next line.
    /// </summary>
    public static bool IsSqueezable(int c) => (uint)c < 0x10000 && (Classes[c] & SqueezableFlag) != 0;

    public static bool IsClosing(int c) => (uint)c < 0x10000 && (Classes[c] & ClosingFlag) != 0;

    public static bool IsOpening(int c) => (uint)c < 0x10000 && (Classes[c] & OpeningFlag) != 0;

    private const byte ClosingFlag = 1, OpeningFlag = 2, SqueezableFlag = 4;

    // One table lookup per character instead of string scans: line breaking asks several times per glyph.
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var table = new byte[0x10000];
        foreach (var c in Closing) table[c] |= ClosingFlag;
        foreach (var c in Opening) table[c] |= OpeningFlag;
        foreach (var c in LeftHalf) table[c] |= SqueezableFlag;
        return table;
    }

    /// <summary>May a line break fall between <paramref name="prev"/> and <paramref name="cur"/>?</summary>
    public static bool CanBreakBetween(int prev, int cur)
    {
        if (prev == '\n' || cur == '\n') return false;
        if (prev == ' ') return cur != ' ';
        if (cur == ' ') return false;
        if (IsClosing(cur)) return false;
        if (IsOpening(prev)) return false;
        if (prev == cur && cur is '—' or '…' or '-') return false;
        if (IsWordLike(prev) && IsWordLike(cur)) return false;
        return true;
    }

    /// <summary>
    /// A last-resort break inside a long Latin word (a URL): after a slash, dot, hyphen and the like,
    /// but never inside a number ("2.5"). Used only when the line would otherwise be very loose.
    /// </summary>
    public static bool IsSoftBreak(int prev, int cur, int next)
    {
        if (!IsWordLike(prev) || !IsWordLike(cur)) return false;
        if (prev is not ('/' or '.' or '-' or '_' or '?' or '&' or '=' or '#')) return false;
        return !(prev == '.' && char.IsAsciiDigit((char)cur) && char.IsAsciiDigit((char)next)) && !(prev == '/' && cur == '/');
    }

    /// <summary>
    /// Latin letters, digits and the symbols between them ("2.5", "(1)", "www.gov.cn"): a run of these
    /// is one unbreakable word.
    /// </summary>
    public static bool IsWordLike(int c) => c is > ' ' and < 0x2000;
}
