using System.Globalization;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// What templates see: plain Scriban objects built from the model, with every number already
/// formatted. Templates choose layout and wording; they never compute and never reach .NET objects.
/// Positions, chart data and pictures reach the document through <see cref="MarkupReferences"/>: the
/// view holds only their keys.
/// </summary>
public sealed class TemplateView(MarkupReferences references)
{
    public static ScriptObject Build(ReportModel model, MarkupReferences references) => new TemplateView(references).Report(model);

    private ScriptObject Report(ReportModel model)
    {
        var report = new ScriptObject
        {
            ["id"] = model.Id,
            ["format"] = model.Format.Id,
            ["year"] = model.Year,
            ["title_lines"] = Array(model.TitleLines.Select(l => (object)l)),
            ["title"] = model.FullTitle,
            ["agency"] = new ScriptObject
            {
                ["id"] = model.Agency.Id,
                ["name"] = model.Agency.Name,
                ["kind"] = model.Agency.Kind == AgencyKind.Government ? "government" : "department",
                ["level"] = model.Agency.Level ?? "",
            },
            ["date_text"] = model.Date is { } d ? DateText(d) : null,
            // No 成文日期, no document date: an invented one would end up in the PDF and DOCX properties.
            ["date_iso"] = model.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["date_under_title"] = model.DatePlacement == DatePlacement.UnderTitle,
            ["signature"] = Array(model.Signature.Select(s => (object)s)),
            ["preamble"] = Array(model.Preamble.Select(p => (object)Paragraph(p))),
            ["sections"] = Array(model.Sections.Select(s => (object)Section(s, model.Format))),
            ["statistics_table"] = model.StatisticsTable is { } print ? StatisticsTable(model, print) : null,
            ["contact"] = Contact(model.Contact),
            ["tables"] = Tables(model),
            ["outline"] = Outline(model),
            ["outline_count_text"] = ChineseCount(model.Format.Sections.Count),
            ["basis"] = model.Format.Basis ?? "",
            ["period_text"] = $"{model.Year}年1月1日至12月31日",
        };
        return new ScriptObject { ["report"] = report };
    }

    /// <summary>成文日期 as GB/T 9704 §7.3.5.4 wants it: Arabic numerals, no leading zeros.</summary>
    public static string DateText(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private string At(SourceSpan span) => references.Span(span);

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var a = new ScriptArray();
        foreach (var i in items) a.Add(i);
        return a;
    }

    private ScriptObject Paragraph(NarrativeParagraph p) => new() { ["type"] = "p", ["text"] = p.Text, ["at"] = At(p.Span) };

    private ScriptObject Section(Section s) => Section(s, null);

    private ScriptObject Section(Section s, Formats.FormatDefinition? format) => new()
    {
        ["type"] = "section",
        ["table"] = s.Key is { } key && format?.FindSection(key)?.Table is { } table ? table : "",
        ["key"] = s.Key ?? "",
        ["heading"] = s.Heading,
        ["level"] = s.Level,
        ["at"] = At(s.Span),
        ["body"] = Array(s.Body.Select(Item)),
    };

    private object Item(BodyItem item) => item switch
    {
        NarrativeParagraph p => Paragraph(p),
        Section s => Section(s),
        FigureItem f => Figure(f),
        InlineTable t => new ScriptObject
        {
            ["type"] = "table",
            ["header"] = Array(t.Header.Select(h => (object)h)),
            ["rows"] = Array(t.Rows.Select(r => (object)Array(r.Select(c => (object)c)))),
            ["columns"] = Math.Max(t.Header.Length, t.Rows.Select(r => r.Length).DefaultIfEmpty(0).Max()),
            ["at"] = At(t.Span),
        },
        _ => throw new InvalidOperationException(item.GetType().Name),
    };

    private ScriptObject Figure(FigureItem f)
    {
        var figure = new ScriptObject
        {
            ["type"] = "figure",
            ["caption"] = f.Caption,
            ["alt"] = f.AltText ?? DefaultAlt(f),
            ["numbered"] = f.Numbered,
            ["number"] = f.Number,
            ["at"] = At(f.Span),
            ["kind"] = f.Chart is not null ? "chart" : f.Picture is not null ? "picture" : "placeholder",
            ["chart"] = null,
            ["picture"] = f.Picture is { } p ? new ScriptObject { ["src"] = references.Picture(p), ["media_type"] = p.MediaType } : null,
        };
        if (f.Chart is { } c)
        {
            figure["chart"] = new ScriptObject
            {
                ["data"] = references.Chart(c),
                ["kind"] = c.Kind,
                ["unit"] = c.Unit,
                ["categories"] = Array(c.Categories.Select(x => (object)x)),
                ["series"] = Array(c.Series.Select(s => (object)new ScriptObject
                {
                    ["name"] = s.Name,
                    ["values"] = Array(s.Values.Select(v => (object)(v is { } x ? Citations.FormatValue(x) : ""))),
                })),
            };
        }
        return figure;
    }

    /// <summary>The text alternative states the numbers, so a screen-reader user gets what the chart shows.</summary>
    private static string DefaultAlt(FigureItem f)
    {
        if (f.Chart is not { } c) return f.Caption;
        var parts = c.Series.Select(s => (c.Series.Length > 1 ? s.Name + "：" : "") + string.Join("，",
            c.Categories.Select((cat, i) => $"{cat}{(s.Values[i] is { } v ? Citations.FormatValue(v) + c.Unit : "无数据")}")));
        return $"{f.Caption}：{string.Join("；", parts)}";
    }

    private static ScriptObject StatisticsTable(ReportModel model, StatisticsTablePrint print)
    {
        var table = model.Statistics.Find(print.TableId)!;
        var def = table.Definition;
        var rows = def.Rows.Select(r => (object)new ScriptObject
        {
            ["key"] = r.Key,
            ["label"] = r.Label,
            ["level"] = r.Level,
            ["unit"] = r.Unit ?? "",
            ["is_group"] = !r.Data,
            ["value"] = r.Data ? Citations.FormatValue(table.Value(r.Key)) : "",
        });
        return new ScriptObject
        {
            ["title"] = print.Title,
            ["caption"] = print.Caption ?? (def.CaptionBefore ?? ""),
            ["filler_label"] = def.FillerLabel ?? "",
            ["filler"] = print.Filler ?? "",
            ["header"] = Array(def.Header.Select(h => (object)h)),
            ["rows"] = Array(rows),
            ["name"] = def.Name,
        };
    }

    private static ScriptObject Tables(ReportModel model)
    {
        var tables = new ScriptObject();
        foreach (var def in model.Format.Tables)
            if (model.Statistics.Find(def.Id) is { } table) tables[def.Id] = TableGridView.Build(table);
        return tables;
    }

    /// <summary>The parts of a fixed outline without their enumerators (「总体情况」…), for the preamble's list of parts.</summary>
    private static ScriptArray Outline(ReportModel model)
        => Array(model.Format.Sections.Select(s => (object)StripEnumerator(s.Heading)));

    private static string StripEnumerator(string heading)
    {
        var cut = heading.IndexOf('、');
        return cut is > 0 and < 4 ? heading[(cut + 1)..] : heading;
    }

    private static string ChineseCount(int n) => n switch
    {
        >= 1 and <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static ScriptObject Contact(Contact c) => new()
    {
        ["office"] = c.Office ?? "",
        ["address"] = c.Address ?? "",
        ["postcode"] = c.Postcode ?? "",
        ["phone"] = c.Phone ?? "",
        ["fax"] = c.Fax ?? "",
        ["email"] = c.Email ?? "",
        ["website"] = c.Website ?? "",
    };
}
