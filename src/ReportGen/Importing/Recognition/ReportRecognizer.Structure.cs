using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Recognition;

public sealed partial class ReportRecognizer
{
    /// <summary>
    /// The title lines and where the report proper starts. Marked title lines win; otherwise the first
    /// line near the top that reads as a report title, with up to two short lines just before it that
    /// belong to it (“2018年长白山管委会” / “政府信息公开工作年度报告”). What comes before the title
    /// (a portal's login bar, a breadcrumb copied along) is left out and reported.
    /// </summary>
    private static (List<string> Title, int Start) FindTitle(List<PublishedBlock> blocks, ImportReport log)
    {
        var marked = blocks.Take(12).Select((b, i) => (b, i)).FirstOrDefault(x => x.b is PublishedParagraph { Role: ParagraphRole.Title });
        if (marked.b is not null)
        {
            var lines = new List<string>();
            var i = marked.i;
            while (i < blocks.Count && blocks[i] is PublishedParagraph { Role: ParagraphRole.Title } t) { lines.Add(TitleText(t.Text)); i++; }
            Dropped(blocks, marked.i, log);
            return (lines, i);
        }
        for (var k = 0; k < Math.Min(blocks.Count, 10); k++)
        {
            if (blocks[k] is not PublishedParagraph p) continue;
            if (!IsTitleLine(p.Text)) continue;
            var first = k;
            while (first > 0 && k - first < 2 && blocks[first - 1] is PublishedParagraph before && IsTitlePart(before.Text)) first--;
            Dropped(blocks, first, log);
            return (blocks.Skip(first).Take(k - first + 1).Cast<PublishedParagraph>().Select(x => TitleText(x.Text)).ToList(), k + 1);
        }
        return (new List<string>(), 0);
    }

    private static void Dropped(List<PublishedBlock> blocks, int count, ImportReport log)
    {
        foreach (var b in blocks.Take(count).OfType<PublishedParagraph>())
            log.Uncertain.Add(new ReviewItem("title", $"标题之前的“{Shorten(b.Text)}”不是报告内容，未导入"));
    }

    private static bool IsTitleLine(string text)
    {
        text = Regex.Replace(text, @"\s+", "");
        return text.Length is >= 6 and <= 70 && text.Contains("报告", StringComparison.Ordinal) && Numbering.LevelOf(text) == 0
               && text.IndexOfAny(new[] { '。', '；', '，' }) < 0 && (text.Contains("公开", StringComparison.Ordinal) || text.Contains("年度", StringComparison.Ordinal));
    }

    /// <summary>Spaces set between the characters of a title to spread it (“年度 报 告”) are layout, not words.</summary>
    private static string TitleText(string line) => Regex.Replace(line, @"(?<=[\p{IsCJKUnifiedIdeographs}\d])\s+(?=[\p{IsCJKUnifiedIdeographs}])|(?<=[\p{IsCJKUnifiedIdeographs}])\s+(?=\d)", "");

    private static bool IsTitlePart(string text)
        => text.Length is >= 3 and <= 30 && TextCjk(text) >= 2 && text.IndexOfAny(new[] { '。', '；', '，', '|', '｜', ':', '：' }) < 0
           && Numbering.LevelOf(text) == 0 && !ChineseDates.IsDate(text);

    private static int TextCjk(string text) => Sources.TextClean.CjkCount(text);

    public static string Shorten(string text) => text.Length <= 30 ? text : text[..28] + "…";

    private sealed record Closing(int Start, int End, List<string> Signers, DateOnly? Date);

    /// <summary>
    /// The signature block at the end: a line that is only a date (Arabic or Chinese numerals) with up to
    /// three signer lines before it, or — without a date — the short agency lines the document ends with.
    /// A statistics table printed after it (附表) is not part of it.
    /// </summary>
    private static Closing FindClosing(List<PublishedBlock> blocks, int start)
    {
        var last = blocks.Count - 1;
        // Skip what may follow the signature: attachments (tables and their captions).
        var scanFrom = last;
        for (var i = last; i >= Math.Max(start, last - 40); i--)
        {
            if (blocks[i] is PublishedParagraph p && ChineseDates.IsDate(p.Text) && p.Role != ParagraphRole.Title)
            {
                var signers = new List<string>();
                var j = i - 1;
                while (j >= start && i - j <= 3 && blocks[j] is PublishedParagraph s && IsSignerLine(s)) { signers.Insert(0, s.Text); j--; }
                return new Closing(j + 1, i + 1, signers, ChineseDates.Parse(p.Text));
            }
            if (blocks[i] is PublishedTable) scanFrom = i - 1;
        }
        // No date: trailing signer lines (marked, or looking like an agency's name), before any attachment's captions.
        var end = scanFrom;
        if (scanFrom < last)
            for (var back = 0; back < 3 && end >= start && blocks[end] is PublishedParagraph q && !IsSignerLine(q); back++) end--;
        var names = new List<string>();
        var k = end;
        while (k >= start && end - k < 3 && blocks[k] is PublishedParagraph s && IsSignerLine(s)
               && (s.Role is ParagraphRole.Signer or ParagraphRole.Right || AgencyNames.LooksLikeAgency(s.Text.Replace("（代）", "").Replace("(代)", ""))))
        {
            names.Insert(0, s.Text);
            k--;
        }
        return names.Count > 0 ? new Closing(k + 1, end + 1, names, null) : new Closing(blocks.Count, blocks.Count, names, null);
    }

    private static bool IsSignerLine(PublishedParagraph p)
        => p.Role != ParagraphRole.Heading && p.Role != ParagraphRole.Title && p.Text.Length is >= 2 and <= 40 && Numbering.LevelOf(p.Text) == 0
           && p.Text.IndexOfAny(new[] { '。', '，', '；', '：', ':', ',' }) < 0 && !ChineseDates.IsDate(p.Text);

    /// <summary>
    /// Heading levels: marked headings keep the markup's level (or, in a PDF, the level their numbering
    /// gives, learned per heading font for unnumbered ones); where the source marks no headings, numbered
    /// one-clause lines are headings at their numbering's level. Levels are then made consecutive from 1.
    /// </summary>
    private static List<Entry> Headings(List<PublishedBlock> body, PublishedReport report, Func<string, bool>? notHeading)
    {
        var marked = report.HasHeadingMarkup;
        var levels = new List<int>();
        var byStyle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var b in body)
            if (b is PublishedParagraph { Role: ParagraphRole.Heading, Level: 0, Style: { } style } p && Numbering.LevelOf(p.Text) is > 0 and var l)
            {
                if (!byStyle.TryGetValue(style, out var list)) byStyle[style] = list = new List<int>();
                list.Add(l);
            }
        foreach (var b in body)
        {
            if (b is not PublishedParagraph p) { levels.Add(0); continue; }
            var level = 0;
            if (p.Role == ParagraphRole.Heading)
            {
                level = p.Level > 0 ? p.Level
                    : Numbering.LevelOf(p.Text) is > 0 and var n ? n
                    : p.Style is not null && byStyle.TryGetValue(p.Style, out var seen) ? seen.GroupBy(x => x).MaxBy(g => g.Count())!.Key
                    : 1;
            }
            else if ((!marked || p.Role == ParagraphRole.Bold) && p.Role is ParagraphRole.Body or ParagraphRole.Bold && Numbering.LooksLikeHeading(p.Text)
                     && notHeading?.Invoke(p.Text) != true)
                level = Numbering.LevelOf(p.Text);
            levels.Add(level);
        }
        // Consecutive levels from 1, in the order the document nests them.
        var used = levels.Where(l => l > 0).Distinct().Order().ToList();
        return body.Select((b, i) => new Entry(b, levels[i] == 0 ? 0 : Math.Min(4, used.IndexOf(levels[i]) + 1))).ToList();
    }

    /// <summary>
    /// The format: as told, else the fixed-outline format whose sections and tables the report shows,
    /// choosing between revisions by the report year and the table labels; else the free (pre-2019) one.
    /// </summary>
    private FormatDefinition? ChooseFormat(string? told, List<string> title, List<Entry> entries, List<PublishedBlock> blocks,
        ImportReport log, DiagnosticBag diagnostics, SourceSpan whole)
    {
        var formats = catalog.FormatIds.Select(catalog.Find).OfType<FormatDefinition>().ToList();
        if (told is not null)
        {
            var chosen = catalog.Find(told);
            if (chosen is null)
                diagnostics.Add(Catalog.Importing.UnknownFormat.At(whole, "format", told, string.Join("、", catalog.FormatIds)));
            else log.FormatReason = "由 --format 指定";
            return chosen;
        }
        var year = AgencyNames.YearOf(string.Concat(title));
        var headings = entries.Where(e => e.Level > 0).Select(e => e.Text).ToList();
        var textKey = LabelText.Key(string.Join("\n", blocks.OfType<PublishedParagraph>().Select(p => p.Text)));
        var scored = new List<(FormatDefinition Format, double Score)>();
        foreach (var format in formats)
        {
            var lexicon = ImportLexicon.For(format);
            double score = 0;
            if (format.IsFixedOutline)
                score += format.Sections.Count(s => headings.Any(h => LabelText.Match(h, s.Heading, lexicon.HeadingVariants(s.Key)).Score >= 0.9)) * 2;
            // Flattened or tabulated, a statutory table's row labels are in the text.
            score += format.Tables.Sum(t => t.Rows.Count(r => r.Printed && LabelText.Key(LabelText.Core(r.Label)) is { Length: >= 6 } k && textKey.Contains(k, StringComparison.Ordinal))) / 4.0;
            if (year is { } y && (format.FirstYear > y || format.LastYear < y)) score -= 100;
            scored.Add((format, score));
        }
        // Only when wording and year leave it open do the tables themselves decide (they cost the most to read).
        var open = scored.Where(s => s.Format.IsFixedOutline && s.Score > -50).OrderByDescending(s => s.Score).ToList();
        if (open.Count > 1 && open[0].Score - open[1].Score < 2 || open.Count > 0 && open[0].Score < 6)
            for (var i = 0; i < scored.Count; i++)
            {
                var recognizer = new TableRecognizer(scored[i].Format, ImportLexicon.For(scored[i].Format));
                var extra = blocks.OfType<PublishedTable>().Select(recognizer.Recognize).OfType<TableReading>().Sum(r => Math.Min(r.Score, 30) / 3);
                scored[i] = (scored[i].Format, scored[i].Score + extra);
            }
        var fixedBest = scored.Where(s => s.Format.IsFixedOutline).OrderByDescending(s => s.Score).FirstOrDefault();
        var free = scored.Where(s => !s.Format.IsFixedOutline).OrderByDescending(s => s.Score).FirstOrDefault();
        if (fixedBest.Format is not null && fixedBest.Score >= 6)
        {
            log.FormatReason = $"按章节标题和统计表识别（{fixedBest.Format.Name}）";
            return fixedBest.Format;
        }
        if (free.Format is not null)
        {
            log.FormatReason = "没有现行格式的六个部分和表二、三、四，按 2019 年以前的格式导入";
            return free.Format;
        }
        diagnostics.Add(Catalog.Importing.FormatNotRecognised.At(whole, "format"));
        return null;
    }
}
