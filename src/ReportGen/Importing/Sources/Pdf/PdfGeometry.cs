namespace ReportGen.Importing.Sources.Pdf;

/// <summary>
/// A glyph in page coordinates turned top-down (y grows down the page), detached from PdfPig so the
/// layout analysis is plain geometry. <paramref name="Baseline"/> is the y of the baseline.
/// </summary>
/// <param name="Figure">In a tagged PDF, which Figure element (per page) the glyph belongs to; −1 otherwise.</param>
public sealed record PdfGlyph(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size, string Font, PdfGlyphTag Tag, int Figure = -1)
{
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;
}

/// <summary>What a tagged PDF says about a glyph (PDF/UA marked content); <see cref="None"/> for untagged files.</summary>
public enum PdfGlyphTag
{
    None,
    Figure,
    Caption,
}

/// <summary>A ruling: a horizontal (<c>Y1 == Y2</c>) or vertical (<c>X1 == X2</c>) stroke, top-down coordinates.</summary>
public sealed record PdfSegment(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Math.Abs(Y1 - Y2) < 0.01;
}

/// <summary>A filled shape that is not a ruling: chart bars, slices, legend keys; <paramref name="Color"/> tells series and slices apart.</summary>
public sealed record PdfShape(double Left, double Top, double Right, double Bottom, bool Curved = false, string Color = "")
{
    public PdfBox Box => new(Left, Top, Right, Bottom);
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;
}

/// <summary>An axis-aligned box, top-down coordinates.</summary>
public readonly record struct PdfBox(double Left, double Top, double Right, double Bottom)
{
    public bool Contains(double x, double y, double tolerance = 0) => x >= Left - tolerance && x <= Right + tolerance && y >= Top - tolerance && y <= Bottom + tolerance;
    public PdfBox Union(PdfBox other) => new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
    public bool Overlaps(PdfBox other, double tolerance = 0) =>
        Left - tolerance <= other.Right && other.Left - tolerance <= Right && Top - tolerance <= other.Bottom && other.Top - tolerance <= Bottom;
    public double Width => Right - Left;
    public double Height => Bottom - Top;
}

/// <summary>A line of text on a page: its glyphs in reading order and the geometry paragraph building needs.</summary>
public sealed record PdfLine(IReadOnlyList<PdfGlyph> Glyphs, int Page)
{
    public double Left => Glyphs[0].Left;
    public double Right => Glyphs[^1].Right;
    public double Top => Glyphs.Min(g => g.Top);
    public double Bottom => Glyphs.Max(g => g.Bottom);
    public double Baseline => Glyphs[0].Baseline;
    public double Size => Glyphs.GroupBy(g => Math.Round(g.Size, 1)).MaxBy(g => g.Count())!.Key;
    /// <summary>
    /// The line's typeface as its Chinese characters are set (digits and Latin often come from another
    /// font), subset tag removed (ABCDEF+Name: one font embedded in several subsets is one font).
    /// </summary>
    public string Font
    {
        get
        {
            var cjk = Glyphs.Where(g => g.Text.Length > 0 && TextClean.IsCjk(g.Text[0])).ToList();
            return (cjk.Count > 0 ? cjk : Glyphs.ToList()).GroupBy(g => PdfText.Typeface(g.Font)).MaxBy(g => g.Count())!.Key;
        }
    }

    /// <summary>Chinese characters on the line: a line of digits or Latin alone says nothing by its font.</summary>
    public int CjkCount => Glyphs.Count(g => g.Text.Length > 0 && TextClean.IsCjk(g.Text[0]));
    public PdfGlyphTag Tag => Glyphs.GroupBy(g => g.Tag).MaxBy(g => g.Count())!.Key;

    public string Text => PdfText.Join(Glyphs);
}

internal static class PdfText
{
    /// <summary>A font name without its subset tag (“ABCDEF+”).</summary>
    public static string Typeface(string font) => font.Length > 7 && font[6] == '+' && font[..6].All(char.IsAsciiLetterUpper) ? font[7..] : font;

    /// <summary>Glyphs of one line: a space only where the file draws one or between two Latin words set apart.</summary>
    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (i > 0 && g.Text.Length > 0 && sb.Length > 0)
            {
                var previous = glyphs[i - 1];
                var gap = g.Left - previous.Right;
                if (gap > g.Size * 0.2 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(g.Text[0])) sb.Append(' ');
            }
            sb.Append(g.Text);
        }
        return sb.ToString();
    }
}
