namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>The staff commands' outcomes (new, init). The files they write (a new data file, a workspace's README) carry their own text, as templates do.</summary>
    public static class Authoring
    {
        public static readonly DiagnosticKind PreviousNotAMapping = new(Codes.WrongType, "上年数据文件的顶层应为键值对");
        public static readonly Phrase BadAgencyId = new("机关标识“{0}”只能包含小写字母、数字和连字符，如 chuanying");
        public static readonly Phrase YearOutOfRange = new("年度 {0} 不在合理范围（2008–2100）");
        public static readonly Phrase WillNotOverwrite = new("{0} 已存在，不会覆盖。如需重新开始，请先手工改名或删除该文件。");
        public static readonly Phrase AppearedMeanwhile = new("{0} 已存在，不会覆盖。");
        public static readonly Phrase NoPreviousYear = new("找不到上一年度的数据文件 {0}。");
        public static readonly Phrase AgencyHas = new("该机关已有：{0}。");
        public static readonly Phrase NewAgency = new("新机关请先复制一个相近机关的数据文件，或用 reportgen init 创建的示例修改。");
        public static readonly Phrase PreviousUnreadable = new("上一年度的数据文件 {0} 无法读取，请先修正其中的错误。");
        public static readonly Phrase Created = new("已创建 {0}（根据 {1}）");
        public static readonly Phrase NotAFolder = new("{0} 是一个文件，不是文件夹");
        /// <summary>{0} why file events failed, {1} the polling interval in seconds.</summary>
        public static readonly Phrase Polling = new("无法接收文件变化通知（{0}），改为每 {1:0.#} 秒检查一次");
        /// <summary>The editor's save: {0} line, {1} column, {2} the parser's first error.</summary>
        public static readonly Phrase EditUnreadable = new("数据文件的 YAML 无法解析（第 {0} 行第 {1} 列），未作修改：{2}");
        /// <summary>The editor's save when no rewrite reads back as the form's content (should never reach staff).</summary>
        public static readonly Phrase EditNotVerified = new("无法把修改准确写回数据文件（写回后读出的内容与表单不一致），文件未作修改。请改用文本编辑器修改，或报告此问题。");
        public static readonly Phrase FolderNotEmpty = new("文件夹 {0} 不是空的。为免覆盖已有文件，请指定一个新的或空的文件夹。");
    }
}
