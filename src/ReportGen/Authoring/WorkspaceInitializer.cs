using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;

namespace ReportGen.Authoring;

/// <summary><c>reportgen init &lt;folder&gt;</c>: a workspace an office can start from (example data, schema, staff README).</summary>
public static class WorkspaceInitializer
{
    /// <summary>The format of the example when none is asked for: the current one.</summary>
    public const string DefaultFormat = "2021";

    /// <summary>
    /// Writes the workspace with an example in <paramref name="format"/> (see <see cref="WorkspaceExample.Formats"/>).
    /// Returns the files written, or null with <paramref name="error"/> when the folder is not empty.
    /// </summary>
    public static IReadOnlyList<string>? Create(string folder, FormatCatalog formats, out string? error, string format = DefaultFormat)
    {
        error = null;
        var example = WorkspaceExample.For(format) ?? throw new ArgumentException(format, nameof(format));
        var root = Path.GetFullPath(folder);
        if (File.Exists(root)) { error = Catalog.Authoring.NotAFolder.Text(folder); return null; }
        if (FileTree.HasEntries(root))
        {
            error = Catalog.Authoring.FolderNotEmpty.Text(folder);
            return null;
        }
        var files = new (string Path, string Text)[]
        {
            (example.RelativePath, example.Data),
            ("templates/" + SchemaGenerator.FileName, SchemaGenerator.Generate(formats)),
            ("templates/说明.md", TemplatesNote),
            ("README.md", StaffReadme(example)),
            (".vscode/extensions.json", "{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n"),
            (".gitignore", "out/\n"),
        };
        var written = new List<string>();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            OutputFile.WriteText(path, text);
            written.Add(path);
        }
        return written;
    }

    private const string TemplatesNote = """
        # templates/ 文件夹

        - `reportgen.schema.json`：数据文件的 JSON Schema，编辑器据此自动补全、显示说明、标红错误。
          工具升级后请运行 `reportgen schema --out templates/reportgen.schema.json` 重新生成。
        - 平时不需要在这里放别的文件：工具自带全部报告格式和模板。
        - 如确需修改版式，可把工具自带的 templates 文件夹（含各格式文件夹）整个复制到这里再修改；
          只要这里有格式文件夹（如 `2021/format.yaml`），工具就改用这里的模板。修改模板前请与技术人员商量。

        """;

    private static string StaffReadme(WorkspaceExample example) => $$"""
        # 政府信息公开工作年度报告工作区

        这个文件夹用 ReportGen 生成本单位的政府信息公开工作年度报告（Word、PDF、网页）。
        每个机关每年一个数据文件：`data/<机关标识>/<年度>.yaml`。报告的文字和统计数都写在这个文件里，
        合计、百分比和格式由工具自动生成和检查。

        ## 准备（只需一次）

        1. 安装 VS Code，并安装扩展 “YAML”（Red Hat 出品）。打开本文件夹时 VS Code 会提示安装。
        2. 在 VS Code 中“打开文件夹”，选择本文件夹。
        3. 数据文件第一行的 `# yaml-language-server: $schema=…` 让编辑器认识数据格式：
           输入时自动提示字段名，鼠标悬停显示中文说明，写错的地方画红线。请不要删除这一行。

        ## 报告格式：format

        每个数据文件的 `format:` 一行决定报告用哪一种国家规定的格式（标题、统计表、检查规则都随之不同）：

        | 报告年度 | 写法 | 正文写在 | 示例 |
        |---|---|---|---|
        | 2021 年及以后 | `format: "2021"`（须加引号） | `narrative:` 下的 `overview`（开头 `intro` 和五个方面 `active_disclosure`、`on_request`、`information_management`、`platforms`、`oversight`）、`problems`、`other` | `reportgen init --format 2021 文件夹`（默认） |
        | 2019、2020 年 | `format: "2019"`（须加引号） | `narrative:` 下的 `overview`（不分小标题）、`problems`、`other` | `reportgen init --format 2019 文件夹` |
        | 2018 年及以前 | `format: pre2019` | `sections:`，章节标题和顺序自定 | `reportgen init --format pre2019 文件夹` |

        本工作区的示例 `{{example.RelativePath}}` 用的是 `format: {{(example.Format == "pre2019" ? "pre2019" : "\"" + example.Format + "\"")}}`。
        统计表写在 `statistics:` 下：2019 年及以后的格式为 `table2`（表二 主动公开）、`table3`（表三 依申请公开，按申请人类别分列）、
        `table4`（表四 行政复议、行政诉讼）；合计、小计由工具计算。在 VS Code 中输入 `narrative:` 或 `statistics:` 下的字段时，
        编辑器会列出可用的键并显示中文说明。

        ## 每年的工作流程

        1. **新建**：根据上一年度的文件开始本年度，例如
           ```
           reportgen new {{WorkspaceExample.Agency}} {{example.Year + 1}}
           ```
           机关信息、联系方式原样带入；统计数清空；“上年结转”自动填入上年“结转下年度继续办理”的数；
           正文各部分保留标题，内容改为“【待填写】”，上年原文放在下面以 `#` 开头的注释行里供参考。
           同名文件已存在时不会覆盖。
        2. **编辑**：在 VS Code 中打开 `data/{{WorkspaceExample.Agency}}/{{example.Year + 1}}.yaml`，填写统计数，把每个“【待填写】”改写为本年度的内容，
           定稿时填写成文日期 `date:`。
        3. **检查**：
           ```
           reportgen check
           ```
           每个问题都会指出文件、行号和字段，并在出错的位置下方画“^”，说明应当怎样改。
           “草稿未完成（E0120）”表示还有“【待填写】”没有改写。不明白某条规则时运行 `reportgen explain R7`。
        4. **生成**：
           ```
           reportgen build
           ```
           报告写到 `out/<机关标识>/<年度>.html` 等文件。有错误（包括未完成的草稿）时不生成，上次生成的文件保持不变。

        编辑时也可以一直开着
        ```
        reportgen watch
        ```
        每次保存数据文件，它都会重新检查并生成报告，在终端里显示问题；按 Ctrl+C 停止。

        ## 常见问题

        - 邮编、电话等数字样式的文字要加引号：`postcode: "132011"`。
        - 统计数只填数字，不要加单位或引号；没有就填 0。
        - 缩进只能用空格，不能用 Tab。
        - 所有命令的说明：`reportgen --help`，某个命令的说明：`reportgen new --help`。

        """;
}
