using System.CommandLine;
using ReportGen.Authoring;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen schema [--out FILE]</c>: the JSON Schema editors use for completion and red squiggles.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o") { Description = "写入的文件，如 templates/reportgen.schema.json（不填则输出到屏幕）" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("schema", "生成数据文件的 JSON Schema，供 VS Code 等编辑器自动补全、悬停提示和标红错误") { output, templates };
        command.SetAction(parse =>
        {
            var text = SchemaGenerator.Generate(Workspace.Discover(parse.GetValue(templates)).Formats());
            if (parse.GetValue(output) is not { } file)
            {
                Console.Write(text);
                return ExitCodes.Ok;
            }
            try
            {
                var full = Path.GetFullPath(file);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                ReportGen.Files.AtomicFile.Write(full, s => s.Write(System.Text.Encoding.UTF8.GetBytes(text)));
                Console.WriteLine($"已写出：{file}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"错误：无法写入 {file}：{e.Message}");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}
