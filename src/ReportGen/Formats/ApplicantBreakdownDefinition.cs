namespace ReportGen.Formats;

/// <summary>
/// R22: prose such as 「其中自然人申请741件，法人或其他组织申请8件」. <see cref="NaturalPattern"/> and
/// <see cref="LegalPattern"/> capture the two parts (group <c>n</c>), <see cref="TotalPattern"/> the
/// stated total in the same paragraph; the parts are compared with the total and with the table row(s)
/// listed in <see cref="Rows"/> (either one row or their sum may be meant).
/// </summary>
public sealed class ApplicantBreakdownDefinition
{
    public string Table { get; set; } = "";
    public string NaturalPattern { get; set; } = "";
    public string LegalPattern { get; set; } = "";
    public string TotalPattern { get; set; } = "";
    public string NaturalColumn { get; set; } = "";
    public string LegalColumn { get; set; } = "";
    public List<string> Rows { get; set; } = new();
}
