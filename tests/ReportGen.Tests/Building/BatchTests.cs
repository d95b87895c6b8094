using ReportGen.Building;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Building;

public class BatchTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string Agency(string id) => Yaml.MinimalPre2019.Replace("testzone", id);

    private BatchSummary Run(ReportPipeline pipeline, bool force = false, Shard shard = default)
        => new BatchRunner(pipeline).Run(DataFiles.Find(new[] { Path.Combine(_ws.Root, "data") }), new BatchOptions(_ws.Out, force, shard));

    [Fact]
    public void One_broken_file_does_not_stop_the_others()
    {
        for (var i = 0; i < 6; i++) _ws.Write($"zone{i}", 2018, Agency($"zone{i}"));
        _ws.Write("zone3", 2018, Agency("zone3").Replace("a1: 100", "a1: 很多"));
        var summary = Run(TempWorkspace.Pipeline(new DumpWriter()));
        Assert.Equal(5, summary.Rendered);
        Assert.Equal(1, summary.Failed);
        var failed = summary.Items.Single(i => i.Outcome == ReportOutcome.Failed);
        Assert.Contains("zone3", failed.File);
        Assert.Equal("statistics.a1", failed.FirstError!.Field);
        Assert.False(File.Exists(Path.Combine(_ws.Out, "zone3", "2018.txt")));
        Assert.True(File.Exists(Path.Combine(_ws.Out, "zone5", "2018.txt")));
    }

    [Fact]
    public void Unchanged_reports_are_skipped_and_force_rebuilds()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Assert.Equal(1, Run(pipeline).Rendered);
        var second = Run(pipeline);
        Assert.Equal(1, second.Skipped);
        Assert.Equal(1, Run(pipeline, force: true).Rendered);
    }

    [Fact]
    public void A_changed_data_file_is_rebuilt_and_only_it()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        _ws.Write("zone2", 2018, Agency("zone2"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Run(pipeline);
        _ws.Write("zone2", 2018, Agency("zone2").Replace("a1: 100", "a1: 101"));
        var summary = Run(pipeline);
        Assert.Equal(1, summary.Skipped);
        Assert.Contains("zone2", summary.Items.Single(i => i.Outcome == ReportOutcome.Rendered).File);
    }

    [Fact]
    public void A_deleted_output_is_rebuilt()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Run(pipeline);
        File.Delete(Path.Combine(_ws.Out, "zone1", "2018.txt"));
        Assert.Equal(1, Run(pipeline).Rendered);
    }

    [Fact]
    public void Last_years_file_appearing_triggers_a_rebuild()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Run(pipeline);
        _ws.Write("zone1", 2017, Agency("zone1").Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01"));
        var summary = Run(pipeline);
        Assert.Equal(2, summary.Rendered);
    }

    /// <summary>A build's stamp is hashed from the bytes the build read; the next run hashes fresh reads: the two must agree.</summary>
    [Fact]
    public void A_stamp_made_from_the_builds_own_reads_matches_a_fresh_read()
    {
        _ws.Write("zone1", 2017, Agency("zone1").Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01"));
        _ws.Write("zone1", 2018, Agency("zone1"));
        _ws.Write("city", 2018, Agency("city").Replace("statistics:\n  a1: 100", "members: [zone1]")
            .Replace("2018年，全区主动公开政府信息100条。", "全市共${a1}条。"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Assert.Equal(3, Run(pipeline, force: true).Rendered);
        Assert.Equal(3, Run(pipeline).Skipped);
        _ws.Write("zone1", 2017, Agency("zone1").Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01").Replace("a1: 100", "a1: 90"));
        // zone1's 2017 (itself) and zone1's 2018 (its last year) are rebuilt; the roll-up only reads zone1's 2018.
        var third = Run(pipeline);
        Assert.Equal(2, third.Rendered);
        Assert.Equal(1, third.Skipped);
    }

    [Fact]
    public void Last_years_file_linked_out_of_the_data_folder_is_stamped_as_before()
    {
        var outside = Path.Combine(_ws.Root, "elsewhere", "2017.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, Agency("zone1").Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01"));
        var file = _ws.Write("zone1", 2018, Agency("zone1"));
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "zone1", "2017.yaml"), outside);
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        var result = pipeline.Build(file, _ws.Out);
        // The build refused the file (outside the data folder); the stamp's hash reads it as the fresh hash does.
        Assert.Equal(FileProblem.OutsideRoot, result.DataReads[Path.Combine(_ws.Root, "data", "zone1", "2017.yaml")].Problem);
        var fingerprint = new InputFingerprint(pipeline.Formats.TemplatesRoot, pipeline.Writers);
        var extras = new[] { Path.Combine(_ws.Root, "data", "zone1", "2017.yaml") };
        Assert.Equal(fingerprint.For(file, extras), fingerprint.For(file, extras, result.DataReads));
    }

    [Fact]
    public void Template_and_format_changes_rebuild_everything()
    {
        var templates = CopyTemplates();
        _ws.Write("zone1", 2018, Agency("zone1"));
        _ws.Write("zone2", 2018, Agency("zone2"));
        Run(Pipeline(templates));
        Assert.Equal(2, Run(Pipeline(templates)).Skipped);

        File.AppendAllText(Path.Combine(templates, "pre2019", "title.sbn"), "\n");
        Assert.Equal(2, Run(Pipeline(templates)).Rendered);

        File.AppendAllText(Path.Combine(templates, "pre2019", "format.yaml"), "\n# changed\n");
        Assert.Equal(2, Run(Pipeline(templates)).Rendered);
        Assert.Equal(2, Run(Pipeline(templates)).Skipped);
    }

    [Fact]
    public void A_writer_fingerprint_change_such_as_new_fonts_rebuilds()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        Run(TempWorkspace.Pipeline(new FingerprintWriter("fonts-v1")));
        Assert.Equal(1, Run(TempWorkspace.Pipeline(new FingerprintWriter("fonts-v1"))).Skipped);
        Assert.Equal(1, Run(TempWorkspace.Pipeline(new FingerprintWriter("fonts-v2"))).Rendered);
    }

    [Fact]
    public void Shards_are_disjoint_and_complete()
    {
        var files = Enumerable.Range(0, 200).Select(i => $"/data/zone{i}/{2018 + i % 3}.yaml").ToList();
        const int n = 7;
        var assigned = files.Select(f => Enumerable.Range(1, n).Where(i => new Shard(i, n).Contains(f)).ToList()).ToList();
        Assert.All(assigned, a => Assert.Single(a));
        Assert.All(Enumerable.Range(1, n), i => Assert.Contains(assigned, a => a[0] == i));
        // The same report lands in the same shard wherever the data folder is mounted.
        Assert.Equal(new Shard(3, n).Contains("/a/data/zone5/2019.yaml"), new Shard(3, n).Contains("/other/place/zone5/2019.yaml"));
    }

    [Theory]
    [InlineData("0/4", false)]
    [InlineData("5/4", false)]
    [InlineData("x", false)]
    [InlineData("4/4", true)]
    [InlineData("1/1", true)]
    public void Shard_syntax_is_checked(string text, bool ok)
    {
        Assert.Equal(ok, Shard.TryParse(text, out _, out var error));
        Assert.Equal(ok, error == "");
    }

    [Fact]
    public void Batch_shards_together_build_everything_once()
    {
        for (var i = 0; i < 12; i++) _ws.Write($"zone{i}", 2018, Agency($"zone{i}"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        var built = Enumerable.Range(1, 3).SelectMany(i => Run(pipeline, shard: new Shard(i, 3)).Items.Select(x => x.File)).ToList();
        Assert.Equal(12, built.Count);
        Assert.Equal(12, built.Distinct().Count());
    }

    [Fact]
    public void Rollup_sums_its_members_and_reports_missing_ones()
    {
        _ws.Write("zone1", 2018, Agency("zone1").Replace("a1: 100", "a1: 100\n  c1_3: 2"));
        _ws.Write("zone2", 2018, Agency("zone2").Replace("a1: 100", "a1: 50\n  c1_4: 5"));
        var city = Agency("city").Replace("kind: government", "kind: government").Replace("level: county", "level: city")
            .Replace("statistics:\n  a1: 100", "members: [zone1, zone2]")
            .Replace("2018年，全区主动公开政府信息100条。", "全市主动公开政府信息${a1}条，收到申请${c1}件。");
        var cityFile = _ws.Write("city", 2018, city);
        var (document, model, diagnostics) = TempWorkspace.Pipeline().Compose(cityFile);
        Assert.Empty(diagnostics);
        Assert.Equal(150, model!.Statistics.Find("stats")!.Value("a1"));
        Assert.Equal(7, model.Statistics.Find("stats")!.Value("c1"));
        Assert.Contains(document!.Blocks.OfType<Paragraph>(), p => p.PlainText == "全市主动公开政府信息150条，收到申请7件。");

        _ws.Write("city", 2018, city.Replace("[zone1, zone2]", "[zone1, zone2, zone9]"));
        var d = Assert.Single(TempWorkspace.Check(cityFile));
        Assert.Equal("R23", d.RuleId);
        Assert.Contains("zone9", d.Message);
    }

    [Fact]
    public void Rollup_member_of_another_year_is_reported()
    {
        _ws.Write("zone1", 2017, Agency("zone1").Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01"));
        var cityFile = _ws.Write("city", 2018, Agency("city").Replace("statistics:\n  a1: 100", "members: [zone1]"));
        var d = Assert.Single(TempWorkspace.Check(cityFile));
        Assert.Equal("R23", d.RuleId);
        Assert.Contains("2017", d.Message);
    }

    [Fact]
    public void Rollup_member_change_rebuilds_the_rollup()
    {
        _ws.Write("zone1", 2018, Agency("zone1"));
        _ws.Write("city", 2018, Agency("city").Replace("statistics:\n  a1: 100", "members: [zone1]")
            .Replace("2018年，全区主动公开政府信息100条。", "全市共${a1}条。"));
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        Assert.Equal(2, Run(pipeline).Rendered);
        _ws.Write("zone1", 2018, Agency("zone1").Replace("a1: 100", "a1: 120"));
        var summary = Run(pipeline);
        Assert.Equal(2, summary.Rendered);
        Assert.Contains("p 全市共120条。", File.ReadAllText(Path.Combine(_ws.Out, "city", "2018.txt")));
    }

    private string CopyTemplates()
    {
        var target = Path.Combine(_ws.Root, "templates");
        foreach (var f in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(Repo.Templates, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }
        return target;
    }

    private static ReportPipeline Pipeline(string templates) => new(new FormatCatalog(templates), new IDocumentWriter[] { new DumpWriter() });

    private sealed class FingerprintWriter(string fingerprint) : IDocumentWriter
    {
        public string Format => "txt";
        public string Fingerprint => fingerprint;
        public void Write(ReportDocument document, Stream output) => new DumpWriter().Write(document, output);
    }
}
