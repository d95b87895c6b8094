using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing;
using ReportGen.Importing.Published;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen import SOURCE… [--agency ID] [--year N] [--format 2021|2019|pre2019] [--out DIR] [--check] [--json]</c>:
/// published reports (web page, Word, PDF, text; a folder imports every report file in it, in parallel)
/// into data/&lt;agency&gt;/&lt;year&gt;.yaml, with an import report; never overwrites.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("来源") { Description = "已发布的报告：网页（.html，UTF-8 或 GBK）、Word（.docx）、PDF、纯文本（.txt），或包含它们的文件夹", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string?>("--agency") { Description = "机关标识（data/ 下的文件夹名，如 chuanying）；不填则由文件名推断" };
        var year = new Option<int?>("--year") { Description = "报告年度；不填则从标题识别" };
        var format = new Option<string?>("--format") { Description = "报告格式：2021、2019 或 pre2019；不填则自动识别" };
        var output = new Option<string?>("--out", "-o") { Description = "数据文件夹（默认工作区的 data/），写入 <机关>/<年度>.yaml" };
        var check = new Option<bool>("--check") { Description = "导入后检查生成的数据文件（如同 reportgen check），可一次审核一批已发布的报告" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出导入报告" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行数（默认等于 CPU 核数）" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("import", """
            导入已发布的报告（网页、Word、PDF、纯文本），生成 data/<机关>/<年度>.yaml：
            识别格式、统计表（按行列标签）、各部分正文、联系方式、署名和成文日期；正文中与表格相同的数字改为 ${…} 引用；
            无法确定的内容标“【待核对】”；与官方文字不同之处记入 acknowledge。已存在的文件不会覆盖。
            示例：
              reportgen import 2024年报.html --agency yunxi
              reportgen import 下载的年报/ --check
            """)
        {
            sources, agency, year, format, output, check, json, jobs, templates,
        };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Discover(parse.GetValue(templates));
            IReadOnlyList<string> files;
            int skipped;
            try { (files, skipped) = ImportBatch.Sources(parse.GetValue(sources)!); }
            catch (IOException e) { Console.Error.WriteLine("错误：" + e.Message); return ExitCodes.UsageOrIo; }
            if (files.Count == 0) { Console.Error.WriteLine("错误：没有找到可导入的报告文件（.html、.docx、.pdf、.txt）"); return ExitCodes.UsageOrIo; }
            var formatId = parse.GetValue(format);
            var formats = workspace.Formats();
            if (formatId is not null && formats.Find(formatId) is null)
            {
                Console.Error.WriteLine($"错误：未知的报告格式“{formatId}”，可选：{string.Join("、", formats.FormatIds)}");
                return ExitCodes.UsageOrIo;
            }
            var options = new ImportOptions(parse.GetValue(agency), parse.GetValue(year), formatId,
                Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(workspace.Root, "data")));
            var asJson = parse.GetValue(json);
            var jobCount = parse.GetValue(jobs);
            var importer = new Importer(formats);
            var gate = new object();
            var summary = new ImportBatch(importer).Run(files, options, jobCount > 0 ? jobCount : Environment.ProcessorCount, skipped, report =>
            {
                if (asJson || files.Count == 1) return;
                lock (gate) Console.WriteLine($"{(report.Written ? "已导入" : "失败")}：{Rel(report.Source)}{(report.Written ? " → " + Rel(report.Target!) : "")}");
            });

            var pipeline = parse.GetValue(check) ? new ReportPipeline(formats, Array.Empty<ReportGen.Documents.Writers.IDocumentWriter>()) : null;
            if (pipeline is not null)
                foreach (var report in summary.Reports.Where(r => r.Written))
                    report.Check.AddRange(pipeline.Check(report.Target!).Diagnostics);

            if (asJson) Console.WriteLine(Json(summary));
            else
            {
                foreach (var report in summary.Reports) ImportReportPrinter.Print(Console.Out, report, pipeline is not null);
                if (files.Count > 1 || skipped > 0)
                    Console.WriteLine($"共 {files.Count} 个文件：导入 {summary.Imported}，失败 {summary.Failed}，待核对 {summary.ToReview} 处" +
                        (skipped > 0 ? $"，跳过其他文件 {skipped} 个" : "") + $"；用时 {summary.Elapsed.TotalSeconds:F2} 秒");
            }
            if (summary.Reports.Any(r => r.Diagnostics.Any(d => d.IsError && d.RuleId == Catalog.ImportCodes.TargetExists.Id || d.RuleId == Catalog.ImportCodes.Unreadable.Id)))
                return ExitCodes.UsageOrIo;
            if (summary.Failed > 0 || summary.Reports.Any(r => r.Check.Any(d => d.IsError))) return ExitCodes.DataErrors;
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    private static string Json(ImportBatch.Summary summary)
    {
        object Diag(Diagnostic d) => new
        {
            severity = d.Severity.ToString().ToLowerInvariant(), rule = d.RuleId, file = d.Span?.File is { } f ? Rel(f) : null,
            line = d.Span?.Line, column = d.Span?.Column, field = d.Field, message = d.Message, hint = d.Hint,
        };
        var payload = new
        {
            total = summary.Reports.Count,
            imported = summary.Imported,
            failed = summary.Failed,
            to_review = summary.ToReview,
            skipped_files = summary.Skipped,
            seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            reports = summary.Reports.Select(r => new
            {
                source = Rel(r.Source),
                kind = r.Kind?.Id(),
                target = r.Target is null ? null : Rel(r.Target),
                written = r.Written,
                format = r.Format,
                format_reason = r.FormatReason,
                agency = r.Agency,
                agency_id = r.AgencyId,
                year = r.Year,
                milliseconds = Math.Round(r.Milliseconds, 2),
                found = r.Found,
                uncertain = r.Uncertain.Select(u => new { field = u.Field, why = u.Why }),
                blank_cells = r.BlankCells.Select(u => new { field = u.Field, why = u.Why }),
                not_found = r.NotFound,
                cited = r.Cited.Select(c => new { where = c.Where, number = c.Number, reference = c.Reference }),
                differing = r.Differing.Select(c => new { where = c.Where, number = c.Number, reference = c.Reference, table_value = c.TableValue }),
                deviations = r.Deviations.Select(d => new { field = d.Field, published = d.Published, official = d.Official }),
                diagnostics = r.Diagnostics.Select(Diag),
                check = r.Check.Select(Diag),
            }),
        };
        return PlainJson.Serialize(payload, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

/// <summary>The import report for people: what was found, what to confirm, what is missing, what the checker says.</summary>
public static class ImportReportPrinter
{
    public static void Print(TextWriter w, ImportReport r, bool checkRan)
    {
        var kind = r.Kind is { } k ? $"（{k.Chinese()}）" : "";
        w.WriteLine(r.Written ? $"导入：{Rel(r.Source)}{kind} → {Rel(r.Target!)}" : $"导入失败：{Rel(r.Source)}{kind}");
        DiagnosticPrinter.Print(w, r.Diagnostics, showSource: false);
        if (r.Format is null) { w.WriteLine(); return; }
        w.WriteLine($"  机关：{r.Agency}（{r.AgencyId}），年度：{r.Year}，格式：{r.Format}（{r.FormatReason}）");
        if (r.Found.Count > 0) w.WriteLine("  找到：" + string.Join("；", r.Found));
        if (r.NotFound.Count > 0) w.WriteLine("  未找到：" + string.Join("；", r.NotFound));
        List("待核对（已在文件中标“【待核对】”）", r.Uncertain.Select(u => $"{u.Field}：{u.Why}").ToList(), w);
        List("空白格（保留空白，未按 0 填写）", r.BlankCells.Select(u => $"{u.Field}：{u.Why}").ToList(), w);
        if (r.Cited.Count > 0) w.WriteLine($"  正文引用：{r.Cited.Count} 处数字与表格相同，已改为引用（{string.Join("、", r.Cited.Take(6).Select(c => $"{c.Number}→${{{c.Reference}}}"))}{(r.Cited.Count > 6 ? "……" : "")}）");
        List("正文数字与表格不同（保留原文，check 会指出）", r.Differing.Select(c => $"{c.Where}：正文 {c.Number}，表格 {c.TableValue}（{c.Reference}）").ToList(), w);
        List("与官方文字不同（数据按官方格式，原文记入 acknowledge）", r.Deviations.Select(d => $"{d.Field}：原报告“{d.Published}”，官方“{d.Official}”").ToList(), w);
        if (checkRan && r.Written)
        {
            var errors = r.Check.Count(d => d.IsError);
            var warnings = r.Check.Count(d => d.Severity == Severity.Warning);
            w.WriteLine($"  检查：{errors} 个错误，{warnings} 个警告");
            DiagnosticPrinter.Print(w, r.Check.Where(d => d.RuleId != Catalog.ImportCodes.ToReview.Id));
        }
        w.WriteLine();
    }

    private static void List(string title, List<string> items, TextWriter w)
    {
        if (items.Count == 0) return;
        w.WriteLine($"  {title}：{items.Count} 处");
        foreach (var item in items.Take(40)) w.WriteLine("    " + item);
        if (items.Count > 40) w.WriteLine($"    ……另有 {items.Count - 40} 处（--json 列出全部）");
    }

    private static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
