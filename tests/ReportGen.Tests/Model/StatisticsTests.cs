using ReportGen.Documents.Document;
using ReportGen.Tests.Checking;

namespace ReportGen.Tests.Model;

/// <summary>Totals are the model's: skipped cells count as the format says, every 总计 is computed.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public void Skipped_cells_of_table_three_are_zero_and_totals_are_computed()
    {
        var yaml = File.ReadAllText(Path.Combine(RuleCase.Folder, "minimal", "2021.yaml"));
        var document = TestRepo.Render(TestRepo.Write(yaml));
        var dump = DocumentDumper.Dump(document);
        Assert.Contains("[th cs=3 一、本年新收政府信息公开申请数量] [10] [2] [0] [0] [0] [0] [12]", dump);
        Assert.Contains("[th cs=2 （七）总计] [9] [2] [0] [0] [0] [0] [11]", dump);
    }
}
