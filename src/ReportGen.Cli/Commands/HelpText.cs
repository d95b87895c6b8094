using System.CommandLine;
using System.CommandLine.Help;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The root help text. System.CommandLine prints its own English headings (Usage, Options,
/// Commands); everything we write — descriptions and these examples — is Chinese for office staff.
/// </summary>
public static class HelpText
{
    public const string Root = """
        ReportGen：由 YAML 数据生成政府信息公开工作年度报告（Word、PDF、HTML）。

        日常流程：new（新建本年度文件）→ 在 VS Code 中编辑 → check（检查）→ build（生成）。

        示例：
          reportgen init 我的工作区              创建新的工作区（含示例和中文说明）
          reportgen new chuanying 2019           根据 2018.yaml 新建 data/chuanying/2019.yaml
          reportgen check                        检查 data/ 下全部数据文件
          reportgen check data/chuanying/2019.yaml
          reportgen build --format html,docx     生成报告到 out/
          reportgen watch                        保存即检查并重新生成，按 Ctrl+C 停止
          reportgen schema --out templates/reportgen.schema.json
          reportgen explain R7                   说明一条规则
          reportgen import 年报.html --agency yunxi  把已发布的报告（网页、Word、PDF、文本）导入为数据文件

        退出码：0 成功（可有警告），1 数据有错误，2 用法或读写文件出错。
        """;

    /// <summary>The built-in --help and --version options come with English descriptions.</summary>
    public static void Localize(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption) option.Description = "显示帮助和用法（每个命令都可用，如 reportgen new --help）";
            else if (option is VersionOption) option.Description = "显示版本号";
        }
    }
}
