using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Importing.Published;
using ReportGen.Importing.Writing;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// A published report (any source kind) to a draft data file: title, agency and year; the date under
/// the title or at the end with the signature; the preamble and its contact details; headings by the
/// patterns real reports use; the format (from the structure, or as told); the statistics tables by
/// label; charts by their categories; the narrative split into the format's sections (or kept as the
/// free sections of the old format); citations for numbers that equal their cell; deviations from the
/// official wording recorded for review.
/// </summary>
public sealed partial class ReportRecognizer(FormatCatalog catalog)
{
    /// <summary>A body block with its heading level (0 for text, tables and figures).</summary>
    private sealed record Entry(PublishedBlock Block, int Level)
    {
        public string Text => Block is PublishedParagraph p ? p.Text : "";
    }

    /// <summary>A heading with what follows it, or a single block.</summary>
    private sealed record Node(Entry Entry, List<Node> Children)
    {
        public bool IsHeading => Entry.Level > 0;
    }

    public ImportDraft? Recognize(PublishedReport report, ImportOptions options, ImportReport log, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(report.SourceFile, 0, 0);
        var blocks = Prepare(report.Blocks);
        if (!blocks.Any(b => b is PublishedParagraph or PublishedTable))
        {
            diagnostics.Add(Catalog.Importing.NoReport.At(whole, ""));
            return null;
        }

        var (title, start) = FindTitle(blocks, log);
        DateOnly? date = null;
        var dateUnderTitle = false;
        if (start < blocks.Count && blocks[start] is PublishedParagraph dp && ChineseDates.Parse(dp.Text) is { } d)
        {
            date = d;
            dateUnderTitle = true;
            start++;
        }
        var closing = FindClosing(blocks, start);
        date ??= closing.Date;
        var body = blocks.GetRange(start, closing.Start - start);
        body.AddRange(blocks.Skip(closing.End));

        var entries = Headings(body, report, null);
        var format = ChooseFormat(options.FormatId, title, entries, blocks, log, diagnostics, whole);
        if (format is null) return null;
        // A table row printed as a line (“三、本年度办理结果”) reads like a heading; the format knows it is not one.
        if (format.IsFixedOutline) entries = Headings(body, report, text => IsTableLine(format, text));
        var preambleEnd = entries.FindIndex(e => e.Level > 0);
        if (preambleEnd < 0) preambleEnd = entries.Count;
        var preamble = entries.Take(preambleEnd).Where(e => e.Block is PublishedParagraph).Select(e => e.Text).ToList();
        var rest = entries.Skip(preambleEnd).ToList();
        // Figures and tables before the first heading stay with the body.
        rest.InsertRange(0, entries.Take(preambleEnd).Where(e => e.Block is not PublishedParagraph));

        var lexicon = ImportLexicon.For(format);

        var titleText = string.Concat(title);
        var year = options.Year ?? AgencyNames.YearOf(titleText) ?? YearFromText(preamble) ?? (date?.Year - 1);
        if (year is null)
        {
            diagnostics.Add(Catalog.Importing.YearNotFound.At(whole, "year"));
            return null;
        }
        var name = AgencyName(format, titleText, preamble, closing.Signers, blocks);
        if (name is null)
        {
            diagnostics.Add(Catalog.Importing.AgencyNotFound.At(whole, "agency.name"));
            return null;
        }
        string id;
        string? idNote = null;
        if (options.AgencyId is { } given) id = given;
        else
        {
            var (guess, _) = AgencyNames.IdFor(report.SourceFile, name);
            id = guess;
            idNote = $"机关标识由{(guess.StartsWith("jg-", StringComparison.Ordinal) ? "机关名称生成" : "文件名推断")}，请改为惯用的拼音标识（同时改文件夹名）";
        }

        var draft = new ImportDraft { Format = format, AgencyId = id, AgencyIdNote = idNote, AgencyName = name, Year = year.Value };
        if (options.Year is null && AgencyNames.YearOf(titleText) is null) draft.YearNote = "标题中没有年度，按正文推断";
        draft.Kind = AgencyNames.IsGovernment(name) ? "government" : "department";
        draft.KindNote = "由机关名称推断";
        draft.Level = AgencyNames.LevelOf(name);
        if (draft.Level is null) { draft.Level = "county"; draft.LevelNote = "机关名称中没有行政层级，暂按县级"; }
        draft.Date = date;
        draft.DateUnderTitle = dateUnderTitle;
        if (date is null) log.NotFound.Add("成文日期");
        else log.Found.Add($"成文日期 {date:yyyy-MM-dd}（{(dateUnderTitle ? "标题下方" : "署名下方")}）");
        draft.Signature.AddRange(closing.Signers);
        if (closing.Signers.Count > 0) log.Found.Add("发文机关署名：" + string.Join("／", closing.Signers));

        SetTitle(draft, title, log);
        foreach (var p in preamble) ContactReader.Read(p, draft.Contact);
        if (!draft.Contact.IsEmpty) log.Found.Add("联系方式：" + string.Join("，", draft.Contact.Entries().Select(e => $"{ContactName(e.Key)} {e.Value}")));
        else log.NotFound.Add("联系方式");

        var tables = new TableRecognizer(format, lexicon);
        var readings = new Dictionary<string, TableReading>(StringComparer.Ordinal);
        if (format.IsFixedOutline) FixedOutline(draft, rest, preamble, tables, lexicon, readings, log);
        else FreeOutline(draft, rest, preamble, tables, lexicon, readings, log);

        Statistics(draft, readings, log);
        Figures(draft, lexicon, log);
        if (!format.IsFixedOutline && !readings.ContainsKey(format.Tables[0].Id)) FromNarrative(draft, log);
        Cite(draft, lexicon, readings, log);
        return draft;
    }

    /// <summary>A line that is a row or header label of one of the format's tables (with or without its numbers).</summary>
    private static bool IsTableLine(FormatDefinition format, string text)
    {
        var label = TrailingNumbers().Replace(text, "").Trim();
        if (label.Length == 0) return false;
        foreach (var table in format.Tables)
        {
            if (table.Rows.Any(r => r.Printed && LabelText.Match(label, r.Label).Score >= 0.95)) return true;
            if (table.HeaderCells.Any(h => LabelText.Match(label, h.Text).Score >= 0.95)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:\s+[-—/／]?\d[\d,.]*)+\s*$")]
    private static partial Regex TrailingNumbers();

    private static string ContactName(string key) => key switch
    {
        "office" => "工作机构", "address" => "地址", "postcode" => "邮编", "phone" => "电话", "fax" => "传真", "email" => "电子邮箱", _ => "网站",
    };

    /// <summary>Empty paragraphs out; a centred line or caption right after a figure without caption is its caption.</summary>
    private static List<PublishedBlock> Prepare(IEnumerable<PublishedBlock> source)
    {
        var result = new List<PublishedBlock>();
        foreach (var block in source)
        {
            if (block is PublishedParagraph { Text.Length: 0 }) continue;
            if (block is PublishedParagraph { Role: ParagraphRole.Caption or ParagraphRole.Centered } caption && caption.Text.Length <= 60
                && result.Count > 0 && result[^1] is PublishedFigure { Caption.Length: 0 } figure
                && !ChineseDates.IsDate(caption.Text))
            {
                result[^1] = figure with { Caption = caption.Text };
                continue;
            }
            result.Add(block);
        }
        // A figure left without caption takes its alternative text (a placeholder box shows nothing else).
        for (var i = 0; i < result.Count; i++)
            if (result[i] is PublishedFigure { Caption.Length: 0 } f && !string.IsNullOrWhiteSpace(f.AltText))
                result[i] = f with { Caption = f.AltText!, AltText = null };
        return result;
    }

    [GeneratedRegex(@"统计期限(?:为|自|是)?\s*(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex PeriodYear();

    private static int? YearFromText(IEnumerable<string> paragraphs)
    {
        foreach (var p in paragraphs)
            if (PeriodYear().Match(p) is { Success: true } m) return int.Parse(m.Groups["y"].Value);
        return null;
    }

    [GeneratedRegex(@"由(?<name>[^，。；,]{2,60}?)编制")]
    private static partial Regex CompiledBy();

    /// <summary>
    /// The agency's name: the standard preamble's “由…编制” (2021), else the title, checked against a
    /// fuller form the text itself uses (长春市政府 → 长春市人民政府), else a signer that is an agency.
    /// </summary>
    private static string? AgencyName(FormatDefinition format, string title, List<string> preamble, List<string> signers, List<PublishedBlock> blocks)
    {
        if (format.IsFixedOutline)
            foreach (var p in preamble)
                if (CompiledBy().Match(p) is { Success: true } m
                    && AgencyNames.LooksLikeAgency(Regex.Replace(m.Groups["name"].Value, @"[（(][^（）()]*[）)]$", "")))
                    return m.Groups["name"].Value;
        var fromTitle = title.Length > 0 ? AgencyNames.NameOf(title) : null;
        if (fromTitle is not null)
        {
            if (fromTitle.EndsWith("政府", StringComparison.Ordinal) && !fromTitle.EndsWith("人民政府", StringComparison.Ordinal))
            {
                var fuller = fromTitle[..^2] + "人民政府";
                if (blocks.OfType<PublishedParagraph>().Any(p => p.Text.Contains(fuller, StringComparison.Ordinal))) return fuller;
            }
            return fromTitle;
        }
        return signers.FirstOrDefault(AgencyNames.LooksLikeAgency);
    }

    /// <summary>The title as printed, kept when it is not the format's default (agency + year + 年政府信息公开工作年度报告).</summary>
    private static void SetTitle(ImportDraft draft, List<string> title, ImportReport log)
    {
        if (title.Count == 0)
        {
            log.NotFound.Add("标题");
            return;
        }
        log.Found.Add("标题：" + string.Concat(title));
        var standard = $"{draft.AgencyName}{draft.Year}年政府信息公开工作年度报告";
        if (LabelText.Key(string.Concat(title)) == LabelText.Key(standard)) return;
        draft.TitleLines.AddRange(title);
        if (draft.Format.IsFixedOutline)
        {
            var published = string.Concat(title);
            draft.Acknowledgements.Add(new DraftAcknowledgement("R7", "title",
                $"原报告如此公布：标题为“{published}”，官方格式为“{standard}”，导入时保留原标题。", published));
            log.Deviations.Add(new DeviationItem("title", published, standard));
        }
    }
}
