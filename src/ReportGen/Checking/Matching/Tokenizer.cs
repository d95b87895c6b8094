using System.Globalization;

namespace ReportGen.Checking.Matching;

internal enum TokenKind
{
    Word,
    Number,
    Year,
    Boundary,
}

/// <summary>Where a sentence is cut: clauses at commas, colons and brackets; sentences at 。！？； and line ends.</summary>
internal enum BoundaryKind
{
    None,
    Comma,
    Colon,
    Open,
    Close,
    Sentence,
}

/// <summary>A number as written with what surrounds it: its unit, whether it is approximate (约、余) or an ordinal (第).</summary>
/// <param name="Fused">A numeral that is part of a phrase (一件一解读, 一次性), not a count.</param>
internal sealed record NumberWord(decimal Value, UnitWord? Unit, bool Approximate, bool Ordinal, bool Fused)
{
    /// <summary>A number that could state a table quantity: counted, money or a percentage.</summary>
    public bool IsMention => Unit is { Kind: not UnitKind.NotCount } && !Ordinal && !Fused;

    public decimal InTableUnit => Value * (Unit?.Factor ?? 1);
}

/// <remarks>A struct in a list the caller reuses: a report has thousands of tokens, read once each and dropped with their paragraph.</remarks>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public Word? Word { get; init; }
    public NumberWord? Number { get; init; }
    public int Year { get; init; }
    public BoundaryKind Boundary { get; init; }
}

/// <summary>
/// Cuts a paragraph into words of the lexicon (longest match), numbers with their units, years and
/// boundaries, in one pass: each position is tried against the word trie once, so the time is linear in
/// the length of the text (times the longest word). Characters that are none of these are skipped.
/// </summary>
internal static class Tokenizer
{
    // 零〇一二两三四五六七八九 and 十百千万, as patterns: every character of a paragraph is asked, and a search of a string each time was slower.
    private static bool IsChineseDigit(char c) => c is '零' or '〇' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九';

    private static bool IsChineseUnit(char c) => c is '十' or '百' or '千' or '万';

    /// <param name="tokens">Cleared and filled with the text's tokens.</param>
    public static void Tokenize(string text, CompiledLexicon lexicon, List<Token> tokens)
    {
        tokens.Clear();
        var starts = lexicon.TokenStarts;
        var i = 0;
        while (i < text.Length)
        {
            // Characters that start nothing were skipped one at a time; jump to the next that may.
            var skip = starts.IndexOfAny(text.AsSpan(i));
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            var boundary = BoundaryOf(c);
            if (boundary != BoundaryKind.None)
            {
                tokens.Add(new Token(TokenKind.Boundary, i, i + 1) { Boundary = boundary });
                i++;
                continue;
            }
            if (IsDigit(c))
            {
                i = ReadArabic(text, i, lexicon, tokens);
                continue;
            }
            var word = lexicon.WordAt(text, i);
            var numeralLength = ChineseNumeralLength(text, i);
            if (numeralLength > 0 && (word is null || numeralLength >= word.Value.Length)
                && ReadChinese(text, i, numeralLength, lexicon, tokens) is { } after)
            {
                i = after;
                continue;
            }
            if (word is { } w)
            {
                tokens.Add(new Token(TokenKind.Word, i, i + w.Length) { Word = w.Word });
                i += w.Length;
                continue;
            }
            i++;
        }
    }

    /// <summary>
    /// The characters at which <see cref="Tokenize"/> may read something: a boundary, a digit, the start of a Chinese numeral,
    /// the first character of a word. At any other it did nothing but step on. Probed with the loop's own tests, so the two
    /// cannot disagree; once per lexicon.
    /// </summary>
    internal static CharSet StartsOf(CompiledLexicon lexicon)
    {
        var chars = new List<char>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (BoundaryOf(c) != BoundaryKind.None || IsDigit(c) || IsChineseDigit(c) || c == '十' || lexicon.MayStartWord(c)) chars.Add(c);
        }
        return new CharSet(chars);
    }

    private static BoundaryKind BoundaryOf(char c) => c switch
    {
        '，' or ',' => BoundaryKind.Comma,
        '：' or ':' => BoundaryKind.Colon,
        '（' or '(' or '【' or '[' or '〔' => BoundaryKind.Open,
        '）' or ')' or '】' or ']' or '〕' => BoundaryKind.Close,
        '。' or '！' or '？' or '；' or ';' or '!' or '?' or '\n' or '\r' => BoundaryKind.Sentence,
        _ => BoundaryKind.None,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static int DigitValue(char c) => c >= '０' ? c - '０' : c - '0';

    /// <summary>Digits, thousands commas (12,877) and one decimal point; then a year (2024年), or a multiplier, unit and approximation.</summary>
    private static int ReadArabic(string text, int start, CompiledLexicon lexicon, List<Token> tokens)
    {
        // The number's digits, as ASCII, go into a buffer on the stack (a number is written in fewer characters than it
        // spans); parsing the span is parsing the same text as a string, without a builder and a string per number.
        var end = ArabicEnd(text, start, out var seenPoint);
        Span<char> digits = end - start <= 64 ? stackalloc char[64] : new char[end - start];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsDigit(c)) digits[length++] = (char)('0' + DigitValue(c));
            else if (c is '.' or '．') digits[length++] = '.';
        }
        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return end;
        return FinishArabic(text, start, end, value, seenPoint, length, lexicon, tokens);
    }

    /// <summary>Where the number starting at <paramref name="start"/> ends: digits, thousands commas (12,877) and one decimal point.</summary>
    private static int ArabicEnd(string text, int start, out bool seenPoint)
    {
        var i = start;
        seenPoint = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c)) { i++; continue; }
            if (c is '.' or '．' && !seenPoint && i + 1 < text.Length && IsDigit(text[i + 1])) { seenPoint = true; i++; continue; }
            if (c == ',' && !seenPoint && i + 3 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3])
                && (i + 4 >= text.Length || !IsDigit(text[i + 4])))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>A year (2024年, 2024年度) when four digits are followed by 年, else a number with what follows it.</summary>
    private static int FinishArabic(string text, int start, int i, decimal value, bool seenPoint, int digitCount, CompiledLexicon lexicon, List<Token> tokens)
    {
        if (!seenPoint && digitCount == 4 && i < text.Length && text[i] == '年' && value is >= 1949 and <= 2199)
        {
            var end = i + 1 < text.Length && text[i + 1] == '度' ? i + 2 : i + 1;
            tokens.Add(new Token(TokenKind.Year, start, end) { Year = (int)value });
            return end;
        }
        return Finish(text, start, i, value, lexicon, tokens, chinese: false);
    }

    private static int ChineseNumeralLength(string text, int start)
    {
        // A numeral starts with a digit or 十 (十二件), not with 百/千/万; asked first, as most characters are neither.
        if (start >= text.Length || !(IsChineseDigit(text[start]) || text[start] == '十')) return 0;
        var i = start;
        while (i < text.Length && i - start < 12 && (IsChineseDigit(text[i]) || IsChineseUnit(text[i]))) i++;
        return i - start;
    }

    /// <summary>A Chinese numeral counts only when a unit follows it; returns the position after it, or null.</summary>
    private static int? ReadChinese(string text, int start, int length, CompiledLexicon lexicon, List<Token> tokens)
    {
        decimal total = 0, section = 0, digit = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (IsChineseDigit(c))
            {
                digit = c switch { '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => 0 };
                continue;
            }
            var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 10000m };
            if (unit == 10000m) { total = (total + section + digit) * 10000m; section = 0; }
            else section += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        var value = total + section + digit;
        var end = start + length;
        var afterApprox = lexicon.StartsWithAny(text, end, lexicon.Lexicon.Numbers.ApproximateAfter, out var a) ? end + a : end;
        if (lexicon.UnitAt(text, afterApprox) is null) return null;
        return Finish(text, start, end, value, lexicon, tokens, chinese: true);
    }

    /// <summary>Multiplier (万, 亿), approximation words, unit, and what stands right before the number.</summary>
    private static int Finish(string text, int start, int i, decimal value, CompiledLexicon lexicon, List<Token> tokens, bool chinese)
    {
        var numbers = lexicon.Lexicon.Numbers;
        var approximate = CompiledLexicon.EndsWithAny(text, start, numbers.ApproximateBefore);
        var ordinal = CompiledLexicon.EndsWithAny(text, start, numbers.OrdinalBefore);
        var unit = lexicon.UnitAt(text, i);
        if (unit is null && !chinese && i < text.Length && text[i] is '万' or '亿')
        {
            value *= text[i] == '万' ? 10000m : 100000000m;
            i++;
        }
        if (unit is null && lexicon.StartsWithAny(text, i, numbers.ApproximateAfter, out var before))
        {
            approximate = true;
            i += before;
        }
        unit ??= lexicon.UnitAt(text, i);
        if (unit is { } u) i += u.Length;
        if (lexicon.StartsWithAny(text, i, numbers.ApproximateAfter, out var after))
        {
            approximate = true;
            i += after;
        }
        var fused = chinese && unit is not null && lexicon.StartsWithAny(text, i, numbers.FusedAfter, out _);
        tokens.Add(new Token(TokenKind.Number, start, i) { Number = new NumberWord(value, unit?.Unit, approximate, ordinal, fused) });
        return i;
    }
}
