using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hardening;

/// <summary>Ids name folders and links can point anywhere: nothing a data file says may reach outside data/ or out/.</summary>
public class PathTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly string _outside;

    public PathTests()
    {
        _outside = Path.Combine(Path.GetTempPath(), "reportgen-tests", "outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_outside);
    }

    public void Dispose()
    {
        _ws.Dispose();
        try { Directory.Delete(_outside, recursive: true); } catch (IOException) { }
    }

    private static string Agency(string id) => Yaml.MinimalPre2019.Replace("id: testzone", $"id: {id}");

    public static TheoryData<string> HostileIds => new() { "../etc", "..", "a/b", "/etc/passwd", "a\\\\b", "'C:'", "x.y", "Testzone", "测试区", "'-/../../x'" };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void An_agency_id_that_could_name_another_folder_is_refused(string id)
    {
        var file = _ws.Write("testzone", 2018, Agency(id));
        var result = TempWorkspace.Pipeline(new DumpWriter()).Build(file, _ws.Out);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Field == "agency.id" && d.Span is { Line: >= 1 });
        Assert.Empty(result.Outputs);
        Assert.False(Directory.Exists(_ws.Out) && Directory.EnumerateFileSystemEntries(_ws.Out).Any());
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void A_member_id_that_could_name_another_folder_is_refused(string id)
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("statistics:\n  a1: 100", $"members: [{id}]"));
        var diagnostics = TempWorkspace.Check(file);
        Assert.Contains(diagnostics, d => d.IsError && d.Field.StartsWith("members", StringComparison.Ordinal) && d.Span is { Line: >= 1 });
    }

    [Fact]
    public void A_linked_folder_leaving_the_data_folder_is_refused_with_a_clear_message()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        Directory.CreateDirectory(Path.Combine(_outside, "evil"));
        File.WriteAllText(Path.Combine(_outside, "evil", "2018.yaml"), Agency("evil"));
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "evil"), Path.Combine(_outside, "evil"));

        var e = Assert.Throws<DataPathException>(() => DataFiles.Find(new[] { Path.Combine(_ws.Root, "data") }));
        Assert.Contains("链接", e.Message);
        Assert.Contains("evil", e.Message);
    }

    [Fact]
    public void A_linked_file_leaving_the_data_folder_is_refused_and_the_cli_exits_2()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        File.WriteAllText(Path.Combine(_outside, "2018.yaml"), Agency("evil"));
        Directory.CreateDirectory(Path.Combine(_ws.Root, "data", "evil"));
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "evil", "2018.yaml"), Path.Combine(_outside, "2018.yaml"));

        Assert.Throws<DataPathException>(() => DataFiles.Find(new[] { Path.Combine(_ws.Root, "data") }));
        var run = CliProcess.Run(_ws.Root, "build", "data", "--out", "out", "--templates", Repo.Templates);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("链接", run.Output);
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, "out", "evil")));
    }

    [Fact]
    public void Links_that_stay_inside_the_data_folder_are_followed()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        Directory.CreateDirectory(Path.Combine(_ws.Root, "data", "shelf"));
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "shelf", "link"), Path.Combine(_ws.Root, "data", "testzone"));
        // The same real file reached through a link is one report (issue 14 item 6: a loop built one report 41 times).
        Assert.Single(DataFiles.Find(new[] { Path.Combine(_ws.Root, "data") }));
    }

    [Fact]
    public void A_linked_file_that_stays_inside_the_data_folder_is_the_same_report()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        Directory.CreateDirectory(Path.Combine(_ws.Root, "data", "shelf"));
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "shelf", "2018.yaml"), file);
        Assert.Single(DataFiles.Find(new[] { Path.Combine(_ws.Root, "data") }));
    }

    [Fact]
    public void A_data_folder_reached_through_a_link_is_walked_where_it_really_is()
    {
        // The data folder itself is a link (a mounted share, say): its files are inside it, a file linked beyond it is not.
        var real = Path.Combine(_outside, "real-data");
        Directory.CreateDirectory(Path.Combine(real, "testzone"));
        File.WriteAllText(Path.Combine(real, "testzone", "2018.yaml"), Yaml.MinimalPre2019);
        var data = Path.Combine(_ws.Root, "linked-data");
        Directory.CreateSymbolicLink(data, real);
        Assert.Single(DataFiles.Find(new[] { data }));

        File.WriteAllText(Path.Combine(_outside, "2018.yaml"), Agency("evil"));
        Directory.CreateDirectory(Path.Combine(real, "evil"));
        File.CreateSymbolicLink(Path.Combine(real, "evil", "2018.yaml"), Path.Combine(_outside, "2018.yaml"));
        Assert.Throws<DataPathException>(() => DataFiles.Find(new[] { data }));
    }

    [Fact]
    public void A_member_folder_linked_outside_the_data_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "zone1"));
        File.WriteAllText(Path.Combine(_outside, "zone1", "2018.yaml"), Agency("zone1"));
        Directory.CreateDirectory(Path.Combine(_ws.Root, "data"));
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "zone1"), Path.Combine(_outside, "zone1"));
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("statistics:\n  a1: 100", "members: [zone1]"));

        var error = Assert.Single(TempWorkspace.Check(file), d => d.IsError);
        Assert.Equal("members", error.Field);
        Assert.Contains("链接", error.Message);
        Assert.True(error.Span!.Line >= 1);
    }

    [Fact]
    public void Outputs_and_stamps_always_land_under_the_output_folder()
    {
        foreach (var seed in DataFiles.Find(new[] { Repo.Data }))
        {
            var agency = Path.GetFileName(Path.GetDirectoryName(seed))!;
            var file = _ws.Write(agency, int.Parse(Path.GetFileNameWithoutExtension(seed)), File.ReadAllText(seed));
            var result = TempWorkspace.Pipeline(new DumpWriter()).Build(file, _ws.Out);
            Assert.All(result.Outputs, o => Assert.True(RealPath.IsInside(_ws.Out, o), o));
            Assert.True(RealPath.IsInside(_ws.Out, BuildStamp.PathFor(_ws.Out, file)));
        }
    }
}
