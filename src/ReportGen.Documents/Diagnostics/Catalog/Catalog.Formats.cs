namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>
    /// A format definition (templates/&lt;id&gt;/format.yaml) that does not hold together. Shapes and types are
    /// reported with the data-file kinds (<see cref="Data"/>) at their position in the format.yaml; these
    /// are the references and patterns that only make sense within a format.
    /// </summary>
    public static class Formats
    {
        public static readonly DiagnosticKind Duplicate = new(Codes.FormatDefinition, "“{0}”重复定义（{1}）");
        public static readonly DiagnosticKind UnknownRow = new(Codes.FormatDefinition, "表“{0}”中没有行“{1}”");
        public static readonly DiagnosticKind UnknownColumn = new(Codes.FormatDefinition, "表“{0}”中没有列“{1}”");
        public static readonly DiagnosticKind UnknownTable = new(Codes.FormatDefinition, "格式中没有表“{0}”");
        public static readonly DiagnosticKind UnknownSection = new(Codes.FormatDefinition, "格式中没有部分“{0}”");
        public static readonly DiagnosticKind UnknownSubtopic = new(Codes.FormatDefinition, "部分“{0}”中没有分项“{1}”");
        public static readonly DiagnosticKind UnknownRule = new(Codes.FormatDefinition, "没有规则“{0}”（规则见 reportgen explain）");
        public static readonly DiagnosticKind UnknownFormat = new(Codes.FormatDefinition, "没有格式“{0}”（templates/{0}/format.yaml）");
        public static readonly DiagnosticKind BadCell = new(Codes.FormatDefinition, "单元格引用“{0}”应写作 表.行.列");
        public static readonly DiagnosticKind BadPattern = new(Codes.FormatDefinition, "正则表达式无效：{0}");
        public static readonly Phrase PatternNotLinear = new("用了环视（?=、?!、?<=、?<!）、反向引用或原子组；这些写法在长文字上可能极慢，不允许使用");
        public static readonly Phrase PatternSyntax = new("写法有误（括号不成对、量词位置不对或转义不完整）");
        public static readonly DiagnosticKind PatternWithoutNumber = new(Codes.FormatDefinition, "正则表达式没有命名组 (?<n>…)，无法取出数字");
        public static readonly DiagnosticKind TableSectionWithoutTable = new(Codes.FormatDefinition, "kind: table 的部分须写明 table");
        /// <summary>lexicon.yaml: {0} the facet the cell template does not use.</summary>
        public static readonly DiagnosticKind LexiconFacetUnused = new(Codes.FormatDefinition, "单元格模板中没有用到“{{{0}}}”");
        /// <summary>lexicon.yaml: {0} facet, {1} the value named in means/or/subject that the facet does not have.</summary>
        public static readonly DiagnosticKind LexiconUnknownValue = new(Codes.FormatDefinition, "“{0}”中没有取值“{1}”");
        /// <summary>lexicon.yaml: {0} facet, {1} value, {2} table.</summary>
        public static readonly DiagnosticKind LexiconValueWithoutCell = new(Codes.FormatDefinition, "“{0}”取值“{1}”在表“{2}”中没有对应的单元格");
        public static readonly DiagnosticKind BadLexiconFile = new(Codes.FormatDefinition, "lexicon 应为格式文件夹中的文件名（如 lexicon.yaml），实际为“{0}”");
        public static readonly DiagnosticKind MissingLexicon = new(Codes.FormatDefinition, "找不到 lexicon 指定的文件“{0}”");
        public static readonly DiagnosticKind BadMonthDay = new(Codes.InvalidValue, "期限“{0}”无效，应写作 MM-DD，如 03-31");
    }
}
