using System.Runtime.InteropServices;
using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Files;

/// <summary>
/// The temp-and-rename writes: each target of a set is checked once, at commit, before anything is renamed; the folder
/// is made only when missing; the temp file is created exclusively (no lock) and never left behind.
/// </summary>
public sealed class OutputWriteTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Folder(string name) => Path.Combine(_ws.Root, name);

    private static Action<Stream> Text(string text) => s => s.Write(System.Text.Encoding.UTF8.GetBytes(text));

    private static string[] Temps(string folder) => Directory.GetFiles(folder, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories);

    [Fact]
    public void A_set_is_written_into_a_folder_made_for_it_and_replaces_old_files()
    {
        var folder = Folder("out/a");
        using (var set = new AtomicFileSet())
        {
            set.Write(Path.Combine(folder, "2018.txt"), Text("one"));
            set.Write(Path.Combine(folder, "2018.html"), Text("<p>one</p>"));
            Assert.Equal(2, set.Commit().Count);
        }
        using (var set = new AtomicFileSet())
        {
            set.Write(Path.Combine(folder, "2018.txt"), Text("two"));
            set.Write(Path.Combine(folder, "2018.html"), Text("<p>two</p>"));
            set.Commit();
        }
        Assert.Equal("two", File.ReadAllText(Path.Combine(folder, "2018.txt")));
        Assert.Equal("<p>two</p>", File.ReadAllText(Path.Combine(folder, "2018.html")));
        Assert.Empty(Temps(folder));
    }

    [Fact]
    public void A_target_that_is_a_folder_refuses_the_whole_set_and_replaces_nothing()
    {
        var folder = Folder("out/a");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2018.txt"), "old");
        Directory.CreateDirectory(Path.Combine(folder, "2018.html"));
        using (var set = new AtomicFileSet())
        {
            set.Write(Path.Combine(folder, "2018.txt"), Text("new"));
            set.Write(Path.Combine(folder, "2018.html"), Text("<p>new</p>"));
            var e = Assert.Throws<OutputException>(() => set.Commit());
            Assert.Equal(OutputProblem.NotARegularFile, e.Problem);
            Assert.Equal(Path.Combine(folder, "2018.html"), e.PathName);
        }
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "2018.txt")));
        Assert.True(Directory.Exists(Path.Combine(folder, "2018.html")));
        Assert.Empty(Temps(folder));
    }

    /// <summary>The race the commit check is kept for: a writer runs for a while, and a folder or FIFO may appear at a target meanwhile.</summary>
    [Fact]
    public void A_fifo_appearing_at_a_target_while_the_set_is_written_refuses_the_whole_set()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Folder("out/a");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2018.txt"), "old");
        var fifo = Path.Combine(folder, "2018.html");
        using (var set = new AtomicFileSet())
        {
            set.Write(Path.Combine(folder, "2018.txt"), Text("new"));
            set.Write(fifo, s =>
            {
                Assert.Equal(0, MakeFifo(fifo, 0x1B6));
                Text("<p>new</p>")(s);
            });
            var commit = Task.Run(() => Assert.Throws<OutputException>(() => set.Commit()));
            Assert.True(commit.Wait(TimeSpan.FromSeconds(10)), "the commit blocked on the FIFO");
            Assert.Equal(OutputProblem.NotARegularFile, commit.Result.Problem);
        }
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "2018.txt")));
        Assert.Empty(Temps(folder));
    }

    [Fact]
    public void A_single_write_to_a_fifo_is_refused_before_any_temp_file_is_made()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Folder("out");
        Directory.CreateDirectory(folder);
        var fifo = Path.Combine(folder, "summary.json");
        Assert.Equal(0, MakeFifo(fifo, 0x1B6));
        var write = Task.Run(() => Assert.Throws<OutputException>(() => OutputFile.WriteText(fifo, "x")));
        Assert.True(write.Wait(TimeSpan.FromSeconds(10)), "the write blocked on the FIFO");
        Assert.Equal(OutputProblem.NotARegularFile, write.Result.Problem);
        Assert.Empty(Temps(folder));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_typed_as_such()
    {
        File.WriteAllText(Folder("afile"), "x");
        var target = Path.Combine(Folder("afile"), "a", "2018.txt");
        var e = Assert.Throws<OutputException>(() => OutputFile.WriteText(target, "x"));
        Assert.Equal(OutputProblem.NoFolder, e.Problem);
        using var set = new AtomicFileSet();
        Assert.Equal(OutputProblem.NoFolder, Assert.Throws<OutputException>(() => set.Write(target, Text("x"))).Problem);
    }

    [Fact]
    public void A_link_at_the_target_is_replaced_never_written_through()
    {
        var outside = Folder("outside.txt");
        File.WriteAllText(outside, "keep");
        var folder = Folder("out/a");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "2018.txt");
        File.CreateSymbolicLink(target, outside);
        using (var set = new AtomicFileSet())
        {
            set.Write(target, Text("new"));
            set.Commit();
        }
        Assert.Equal("keep", File.ReadAllText(outside));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void A_failing_writer_leaves_no_temp_file_and_the_old_output()
    {
        var folder = Folder("out/a");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2018.txt"), "old");
        using (var set = new AtomicFileSet())
        {
            set.Write(Path.Combine(folder, "2018.txt"), Text("new"));
            Assert.Throws<InvalidOperationException>(() => set.Write(Path.Combine(folder, "2018.html"), s =>
            {
                s.Write(new byte[200_000]);
                throw new InvalidOperationException("writer bug");
            }));
        }
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "2018.txt")));
        Assert.Empty(Temps(folder));
    }

    [Fact]
    public void Writes_of_any_size_and_seeks_arrive_byte_for_byte()
    {
        var rng = new Random(3);
        var big = new byte[300_000];
        rng.NextBytes(big);
        var target = Path.Combine(Folder("out"), "mixed.bin");
        var expected = new MemoryStream();
        void Pattern(Stream s)
        {
            s.Write(big, 0, 10);
            for (var i = 0; i < 5000; i++) s.WriteByte((byte)i);
            s.Write(big, 10, 100_000);
            s.Write(big.AsSpan(100_010, 70_000));
            var mark = s.Position;
            s.Write(big, 170_010, 1000);
            s.Seek(mark, SeekOrigin.Begin);
            s.Write([1, 2, 3]);
            s.Seek(0, SeekOrigin.End);
            s.Write(big, 171_010, 128_990);
        }
        Pattern(expected);
        AtomicFile.Write(target, Pattern);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(target));
    }

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, int mode);
}
