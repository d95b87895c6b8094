namespace ReportGen.Formats;

/// <summary>
/// R20: the section that must state the 信息处理费 position (<see cref="Keywords"/>: any of them), and the
/// cell (<c>table.row.column</c>) that, when positive, requires mention of fee notices (<see cref="NoticeKeywords"/>).
/// </summary>
public sealed class FeeStatementDefinition
{
    public string Section { get; set; } = "";
    public List<string> Keywords { get; set; } = new();
    public string? TriggerCell { get; set; }
    public List<string> NoticeKeywords { get; set; } = new();
}
