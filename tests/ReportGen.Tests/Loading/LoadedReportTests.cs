using System.Text;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading;

/// <summary>One loaded unit: parsed once, from a path or from text in memory, with drafts and related files; the model reads no file.</summary>
public sealed class LoadedReportTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Text_in_memory_loads_as_the_saved_file_does()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -1"));
        var loader = new ReportLoader(TempWorkspace.Formats);
        var fromDisk = loader.Load(file);
        var fromText = loader.LoadText(file, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -1"));
        Assert.Equal(fromDisk.Diagnostics, fromText.Diagnostics);
        Assert.Single(fromText.Diagnostics, d => d.RuleId == "E0105");
    }

    [Fact]
    public void Related_files_come_with_the_unit_and_the_model_needs_nothing_else()
    {
        _ws.Write("testzone", 2017, Yaml.MinimalPre2019.Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01").Replace("a1: 100", "a1: 77"));
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。", "      - 【待填写】正文\n      - figure: 历年\n        chart: { kind: bar, rows: [a1], years: [2017, 2018] }"));
        var unit = new ReportLoader(TempWorkspace.Formats).Load(file);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(file)!, "2017.yaml"), unit.PreviousYear!.Path);
        Assert.NotNull(unit.OtherYears[2017].Report!.Input);
        Assert.Equal("sections[0].body[0]", Assert.Single(unit.Drafts).Path);

        // Delete the other year's file: the model still has it, because it came with the unit.
        File.Delete(Path.Combine(Path.GetDirectoryName(file)!, "2017.yaml"));
        var built = ModelBuilder.Build(unit);
        var chart = built.Model!.Sections[0].Body.OfType<FigureItem>().Single().Chart!;
        Assert.Equal(new decimal?[] { 77, 100 }, chart.Series[0].Values);
        Assert.Equal(77, built.PreviousYear!.Statistics.Find("stats")!.Value("a1"));
    }

    [Fact]
    public void Bytes_with_a_byte_order_mark_and_text_load_alike()
    {
        var loader = new ReportLoader(TempWorkspace.Formats);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Yaml.MinimalPre2019)).ToArray();
        Assert.NotNull(loader.Load("/data/testzone/2018.yaml", bytes).Input);
        Assert.NotNull(loader.LoadText("/data/testzone/2018.yaml", Yaml.MinimalPre2019).Input);
    }
}
