using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Layout;

public class LabelBreaksTests
{
    [Theory]
    [InlineData("三、本年度办理结果", "三、|本年度|办理|结果")]
    [InlineData("（三）不予公开", "（三）|不予|公开")]
    [InlineData("社会公益组织", "社会|公益|组织")]
    [InlineData("自然人", "自然人")]
    [InlineData("复议后起诉", "复议后|起诉")]
    [InlineData("其他", "其他")]
    public void Labels_break_only_between_words(string label, string pieces)
        => Assert.Equal(pieces, string.Join('|', LabelBreaks.Pieces(label)!));

    [Theory]
    [InlineData("1242")]
    [InlineData("52.2%")]
    public void Numbers_are_not_restricted(string text) => Assert.Null(LabelBreaks.Pieces(text));

    [Fact]
    public void Prose_runs_break_anywhere_but_the_enumerator_stays_whole()
    {
        var pieces = LabelBreaks.Pieces("1.申请人无正当理由逾期不补正")!;
        Assert.Equal("1.", pieces[0]);
        Assert.Equal(14, pieces.Count);
    }
}
