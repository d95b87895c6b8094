using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Importing;

public class RoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_data_file_survives_publishing_and_import()
    {
        var results = new List<RoundTrip.Result>();
        foreach (var file in RoundTrip.DataFiles())
            foreach (var writer in RoundTrip.Writers)
                results.Add(RoundTrip.Run(file, writer));
        foreach (var r in results) output.WriteLine(r.ToString());
        foreach (var kind in results.GroupBy(r => r.Kind))
            output.WriteLine($"{kind.Key}: cells {kind.Sum(r => r.EqualCells)}/{kind.Sum(r => r.Cells)}, headings {kind.Count(r => r.Headings)}/{kind.Count()}, narrative {kind.Count(r => r.Narrative)}/{kind.Count()}, dump {kind.Count(r => r.Dump)}/{kind.Count()}");
        Assert.True(results.All(r => r.Dump), "not every import builds to the same document");
    }
}
