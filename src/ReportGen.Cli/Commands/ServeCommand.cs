using System.CommandLine;
using System.Net;
using System.Security.Cryptography;
using ReportGen.Editor;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen serve [WORKSPACE] [--port N] [--listen ADDRESS]</c>: the local web editor for office staff.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var workspace = new Argument<string?>("工作区") { Description = "包含 data/ 的文件夹（默认为当前工作区）", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<int>("--port", "-p") { Description = "端口（默认 5080）", DefaultValueFactory = _ => 5080 };
        var listen = new Option<string?>("--listen") { Description = "监听地址，如 0.0.0.0（默认只允许本机访问；指定后须凭启动时显示的令牌访问）" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("serve", "启动本机网页编辑器：在浏览器中填写表格和正文，实时检查、预览，保存回 YAML 数据文件")
        {
            workspace, port, listen, templates,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var root = parse.GetValue(workspace) is { } given ? Path.GetFullPath(given) : null;
            if (root is not null && !Directory.Exists(Path.Combine(root, "data")))
            {
                Console.Error.WriteLine($"错误：{root} 下没有 data/ 文件夹（工作区应包含 data/<机关>/<年度>.yaml）");
                return ExitCodes.UsageOrIo;
            }
            var found = root is null ? Workspace.Discover(parse.GetValue(templates)) : WorkspaceAt(root, parse.GetValue(templates));
            var address = parse.GetValue(listen);
            if (address is not null && !IPAddress.TryParse(address, out _))
            {
                Console.Error.WriteLine($"错误：监听地址“{address}”不是 IP 地址（如 0.0.0.0 或 192.168.1.10）");
                return ExitCodes.UsageOrIo;
            }
            var options = new EditorOptions
            {
                Workspace = found.Root,
                Templates = found.Templates,
                Port = parse.GetValue(port),
                Listen = address,
                AccessToken = address is null ? null : Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
            };
            var app = EditorApp.Create(options);
            try { await app.StartAsync(cancellation); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"错误：无法在端口 {options.Port} 上启动（{e.Message}），请用 --port 换一个端口。");
                return ExitCodes.UsageOrIo;
            }
            var host = address is null ? "127.0.0.1" : address == "0.0.0.0" ? "本机IP地址" : address;
            Console.WriteLine($"编辑器已启动：http://{host}:{options.Port}/{(options.AccessToken is { } t ? "?token=" + t : "")}");
            Console.WriteLine($"工作区：{found.Root}（按 Ctrl+C 停止）");
            if (options.AccessToken is not null)
                Console.WriteLine("注意：已允许其他电脑访问，只有持有上面完整地址（含令牌）的人可以打开编辑器。");
            try { await Task.Delay(Timeout.Infinite, cancellation); }
            catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
            Console.WriteLine("编辑器已停止。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Workspace WorkspaceAt(string root, string? templates)
    {
        if (templates is not null) return new Workspace(root, Path.GetFullPath(templates));
        var own = Path.Combine(root, "templates");
        var discovered = Workspace.Discover(null);
        return new Workspace(root, Directory.Exists(own) && File.Exists(Path.Combine(own, "2021", "format.yaml")) ? own : discovered.Templates);
    }
}
