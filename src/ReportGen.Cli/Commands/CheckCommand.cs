using System.CommandLine;
using System.Text.Json;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen check [paths…] [--json] [--strict]</c>: diagnostics only, nothing written.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("路径") { Description = "数据文件或文件夹（默认 data/）", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出诊断信息" };
        var strict = new Option<bool>("--strict") { Description = "把警告也当作错误" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("check", "只校验数据，不生成文件") { paths, json, strict, templates };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Discover(parse.GetValue(templates));
            IReadOnlyList<string> files;
            try { files = DataFiles.Find(BuildCommand.Inputs(parse.GetValue(paths), workspace)); }
            catch (Exception e) when (ReportGen.Files.IoFailures.IsIo(e)) { return CliErrors.Io(e, "data"); }
            if (files.Count == 0) { Console.Error.WriteLine("错误：没有找到任何数据文件（*.yaml）"); return ExitCodes.UsageOrIo; }
            // The PDF's default fonts: check finds the characters build would refuse, at their line.
            var pipeline = new ReportPipeline(workspace.Formats(), Array.Empty<ReportGen.Documents.Writers.IDocumentWriter>(),
                glyphFonts: new ReportGen.Documents.Fonts.FontCatalog(ReportGen.Documents.Fonts.FontOptions.Default));
            var isStrict = parse.GetValue(strict);
            var results = files.AsParallel().AsOrdered().Select(f => (File: f, Diagnostics: pipeline.Check(f).Diagnostics
                .Select(d => isStrict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d).ToList())).ToList();

            if (parse.GetValue(json))
            {
                var payload = results.Select(r => new
                {
                    file = DiagnosticJson.Relative(r.File),
                    diagnostics = r.Diagnostics.Select(DiagnosticJson.Of),
                });
                Console.WriteLine(PlainJson.Serialize(payload, DiagnosticJson.Options));
            }
            else
            {
                foreach (var r in results)
                {
                    DiagnosticPrinter.Print(Console.Out, r.Diagnostics);
                    var errors = r.Diagnostics.Count(d => d.IsError);
                    var warnings = r.Diagnostics.Count(d => d.Severity == Severity.Warning);
                    Console.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), r.File)}：{errors} 个错误，{warnings} 个警告");
                }
            }
            return results.Any(r => r.Diagnostics.Any(d => d.IsError)) ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
