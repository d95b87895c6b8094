using System.Text;

namespace ReportGen.Documents.Document;

/// <summary>
/// A readable, stable text form of the document tree: the golden format for whole-report tests
/// (reviewable in a diff, unlike docx or pdf bytes).
/// </summary>
public static class DocumentDumper
{
    public static string Dump(ReportDocument document)
    {
        var sb = new StringBuilder();
        var m = document.Metadata;
        sb.Append("metadata title=").Append(m.Title).Append(" author=").Append(m.Author)
          .Append(" date=").Append(m.Date?.ToString("yyyy-MM-dd") ?? "-").Append(" id=").Append(m.Identifier).Append('\n');
        foreach (var block in document.Blocks)
            DumpBlock(sb, block);
        return sb.ToString();
    }

    private static void DumpBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Title t:
                sb.Append("title\n");
                foreach (var line in t.Lines) sb.Append("  | ").Append(line).Append('\n');
                break;
            case Heading h:
                sb.Append('h').Append(h.Level).Append(' ').Append(h.PlainText).Append('\n');
                break;
            case Paragraph p:
                sb.Append(p.Kind == ParagraphKind.Body ? "p" : "p:" + p.Kind.ToString().ToLowerInvariant())
                  .Append(' ').Append(p.PlainText.Replace("\n", "⏎")).Append('\n');
                break;
            case Table t:
                sb.Append("table cols=").Append(t.Columns.Length);
                if (t.Caption is not null) sb.Append(" caption=").Append(t.Caption);
                sb.Append(" summary=").Append(t.Summary).Append('\n');
                foreach (var row in t.HeaderRows) DumpRow(sb, "  thead", row);
                foreach (var row in t.BodyRows) DumpRow(sb, "  tr", row);
                break;
            case Figure f:
                sb.Append("figure ").Append(f.Content.GetType().Name).Append(' ').Append(f.NumberedCaption).Append('\n');
                if (f.Content is ChartFigure c)
                {
                    sb.Append("  categories ").AppendJoin(" | ", c.Categories).Append('\n');
                    foreach (var s in c.Series)
                        sb.Append("  series ").Append(s.Name).Append(": ").AppendJoin(" ", s.Values).Append('\n');
                }
                break;
            case SignatureBlock s:
                sb.Append("signature ").AppendJoin(" / ", s.Signers).Append(" date=").Append(s.DateText ?? "-").Append('\n');
                break;
            case PageBreak:
                sb.Append("pagebreak\n");
                break;
        }
    }

    private static void DumpRow(StringBuilder sb, string tag, TableRow row)
    {
        sb.Append(tag);
        foreach (var cell in row.Cells)
        {
            sb.Append(" [");
            if (cell.IsHeader) sb.Append("th ");
            if (cell.RowSpan > 1) sb.Append("rs=").Append(cell.RowSpan).Append(' ');
            if (cell.ColSpan > 1) sb.Append("cs=").Append(cell.ColSpan).Append(' ');
            sb.Append(cell.PlainText.Replace("\n", "⏎")).Append(']');
        }
        sb.Append('\n');
    }
}
