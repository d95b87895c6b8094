namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>Pieces that messages, hints and command outcomes share.</summary>
    public static class Phrases
    {
        public static readonly Phrase DidYouMean = new("是否想写“{0}”？");
        /// <summary>A suggestion with the row's label: 是否想写“c1”？（（一）收到申请数）.</summary>
        public static readonly Phrase DidYouMeanRow = new("是否想写“{0}”？（{1}）");
        public static readonly Phrase AllowedKeys = new("可用的字段：{0}");
        public static readonly Phrase ExplainRule = new("这条规则检查什么、为什么：运行 reportgen explain {0}。");
        /// <summary>Joins the items of a list in running Chinese text.</summary>
        public const string ListSeparator = "、";
        public static readonly Phrase Acknowledged = new("（已确认保留：{0}）");
        public static readonly Phrase FieldInParentheses = new("（{0}）");

        public static string SeverityWord(Severity severity) => severity switch
        {
            Diagnostics.Severity.Error => "错误",
            Diagnostics.Severity.Warning => "警告",
            _ => "提示",
        };

        public static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

        /// <summary>How a YAML node that is not a scalar is named in messages.</summary>
        public const string MappingWord = "键值对";
        public const string ListWord = "列表";
    }
}
