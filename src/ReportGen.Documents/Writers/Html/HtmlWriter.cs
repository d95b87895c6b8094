using System.Text;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// Writes one self-contained HTML5 page per report for the agency's web portal: inline CSS, no
/// script, no external resources, and the same bytes for the same document. Streams in one pass
/// with no DOM; stateless, so one instance serves a parallel batch.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // 16K characters keeps the writer's char and byte buffers under the large-object threshold: at 64K both were
        // large-object allocations every report, and large-object churn is what triggers full (gen-2) collections.
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Write(document, writer);
    }

    /// <summary>Writes to a text writer (e.g. a preview held in memory); the caller owns the writer.</summary>
    public void Write(ReportDocument document, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(w);
        var meta = document.Metadata;

        w.Write("<!DOCTYPE html>\n<html lang=\"");
        HtmlText.Write(w, string.IsNullOrWhiteSpace(meta.Language) ? "zh-CN" : meta.Language);
        w.Write("\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Defence in depth for a public record: even if markup slipped through escaping, nothing
        // could run or be fetched.
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<title>");
        HtmlText.Write(w, meta.Title);
        w.Write("</title>\n");
        WriteMeta(w, "author", meta.Author);
        WriteMeta(w, "description", meta.Subject);
        if (!meta.Keywords.IsDefaultOrEmpty)
            WriteMeta(w, "keywords", string.Join(",", meta.Keywords));
        WriteMeta(w, "dcterms.date", meta.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteMeta(w, "dcterms.identifier", meta.Identifier);
        w.Write("<style>\n");
        w.Write(HtmlStyles.Css);
        w.Write("</style>\n</head>\n<body>\n<main>\n<article>\n");

        var figures = 0;
        if (!document.Blocks.IsDefaultOrEmpty)
            foreach (var block in document.Blocks)
                WriteBlock(w, block, ref figures);

        w.Write("</article>\n</main>\n</body>\n</html>\n");
        w.Flush();
    }

    private static void WriteMeta(TextWriter w, string name, string? content)
    {
        if (string.IsNullOrEmpty(content)) return;
        w.Write("<meta name=\"");
        w.Write(name);
        w.Write("\" content=\"");
        HtmlText.Write(w, content);
        w.Write("\">\n");
    }

    private static void WriteBlock(TextWriter w, Block block, ref int figures)
    {
        switch (block)
        {
            case Title title:
                WriteTitle(w, title);
                break;
            case Heading heading:
                // The title is the page's h1, so report levels 1–4 become h2–h5.
                var tag = "h" + (Math.Clamp(heading.Level, 1, 4) + 1);
                w.Write('<');
                w.Write(tag);
                w.Write('>');
                HtmlInlines.Write(w, heading.Content);
                w.Write("</");
                w.Write(tag);
                w.Write(">\n");
                break;
            case Paragraph paragraph:
                w.Write(paragraph.Kind switch
                {
                    ParagraphKind.Plain => "<p class=\"plain\">",
                    ParagraphKind.Centered => "<p class=\"center\">",
                    ParagraphKind.Right => "<p class=\"right\">",
                    ParagraphKind.Note => "<p class=\"note\">",
                    _ => "<p>",
                });
                HtmlInlines.Write(w, paragraph.Content);
                w.Write("</p>\n");
                break;
            case Table table:
                HtmlTableWriter.Write(w, table);
                break;
            case Figure figure:
                HtmlFigureWriter.Write(w, figure, "fig" + (++figures).ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case SignatureBlock signature:
                WriteSignature(w, signature);
                break;
            case PageBreak:
                w.Write("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
                break;
        }
    }

    private static void WriteTitle(TextWriter w, Title title)
    {
        // The lines come broken from the model (TitleLines); on a narrow screen the type shrinks
        // until the longest line fits, so a phone shows the same lines as the printed page.
        var longest = 0.0;
        if (!title.Lines.IsDefaultOrEmpty)
            foreach (var line in title.Lines) longest = Math.Max(longest, TitleLines.Em(line));
        w.Write("<h1 class=\"title\" style=\"--title-em: ");
        w.Write(Math.Max(longest + 0.5, 4).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        w.Write("\">");
        if (!title.Lines.IsDefaultOrEmpty)
        {
            for (var i = 0; i < title.Lines.Length; i++)
            {
                if (i > 0) w.Write("<br>");
                HtmlText.Write(w, title.Lines[i]);
            }
        }
        w.Write("</h1>\n");
    }

    /// <summary>
    /// GB/T 9704 §7.3.5.2 without seal: 署名 two characters in from the right, 成文日期 on the next
    /// line starting two characters right of the 署名; a longer date pushes the 署名 left instead.
    /// The inline-block (left-aligned inside, 2em right margin) gives exactly that.
    /// </summary>
    private static void WriteSignature(TextWriter w, SignatureBlock signature)
    {
        w.Write("<div class=\"signature\"><div class=\"signature-lines\">\n");
        if (!signature.Signers.IsDefaultOrEmpty)
        {
            foreach (var signer in signature.Signers)
            {
                w.Write("<p class=\"signer\">");
                HtmlText.Write(w, signer);
                w.Write("</p>\n");
            }
        }
        if (!string.IsNullOrEmpty(signature.DateText))
        {
            w.Write("<p class=\"date\">");
            HtmlText.Write(w, signature.DateText);
            w.Write("</p>\n");
        }
        w.Write("</div></div>\n");
    }
}
