using System.Runtime.InteropServices;
using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Files;

/// <summary>The one layer every read goes through: regular files only, size before bytes, real paths confined to their root.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Make(string relative, string text)
    {
        var path = Path.Combine(_ws.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_regular_file_is_read_with_its_real_path()
    {
        var file = Make("data/a/2018.yaml", "x: 1\n");
        var read = InputFile.Read(FileKind.Data, file, Path.Combine(_ws.Root, "data"));
        Assert.True(read.Ok);
        Assert.Equal("x: 1\n"u8.ToArray(), read.Content);
        Assert.Equal(RealPath.Of(file), read.RealPath);
    }

    [Fact]
    public void A_missing_file_is_typed_never_the_systems_english()
    {
        var read = InputFile.Read(FileKind.Data, Path.Combine(_ws.Root, "none.yaml"));
        Assert.Equal(FileProblem.Missing, read.Problem);
        Assert.Equal(IoFailure.NotFound, read.Failure);
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        Directory.CreateDirectory(Path.Combine(_ws.Root, "dir.yaml"));
        Assert.Equal(FileProblem.NotAFile, InputFile.Read(FileKind.Data, Path.Combine(_ws.Root, "dir.yaml")).Problem);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs in the Windows file system
        var fifo = Path.Combine(_ws.Root, "pipe.yaml");
        Assert.Equal(0, MakeFifo(fifo, 0x1B6));
        var read = Task.Run(() => InputFile.Read(FileKind.Data, fifo));
        Assert.True(read.Wait(TimeSpan.FromSeconds(10)), "reading a FIFO blocked");
        Assert.Equal(FileProblem.NotAFile, read.Result.Problem);
    }

    [Fact]
    public void A_device_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(FileProblem.NotAFile, InputFile.Read(FileKind.Data, "/dev/zero").Problem);
    }

    [Fact]
    public void The_size_is_judged_before_a_byte_is_read()
    {
        var file = Path.Combine(_ws.Root, "big.yaml");
        using (var f = File.Create(file)) f.SetLength(FileLimits.Data + 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = InputFile.Read(FileKind.Data, file);
        Assert.Equal(FileProblem.TooLarge, read.Problem);
        Assert.Equal(FileLimits.Data + 1, read.Length);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < FileLimits.Data / 4, "the file was read");
        // The same file is within a picture's limit.
        Assert.True(InputFile.Read(FileKind.Picture, file).Ok);
    }

    [Fact]
    public void A_chain_of_links_leaving_the_root_is_refused_at_its_real_end()
    {
        var outside = Make("outside/secret.png", "secret");
        var inside = Path.Combine(_ws.Root, "ws", "data", "a");
        Directory.CreateDirectory(inside);
        // Two steps: data/a/photo.png → data/a/step.png → ../../../outside/secret.png
        File.CreateSymbolicLink(Path.Combine(inside, "step.png"), outside);
        File.CreateSymbolicLink(Path.Combine(inside, "photo.png"), Path.Combine(inside, "step.png"));
        var read = InputFile.Read(FileKind.Picture, Path.Combine(inside, "photo.png"), Path.Combine(_ws.Root, "ws"));
        Assert.Equal(FileProblem.OutsideRoot, read.Problem);
        Assert.Equal(RealPath.Of(outside), read.RealPath);
        Assert.Null(read.Bytes);
    }

    [Fact]
    public void Links_that_stay_inside_the_root_are_followed()
    {
        var target = Make("ws/data/a/real.png", "png");
        var link = Path.Combine(_ws.Root, "ws", "data", "a", "link.png");
        File.CreateSymbolicLink(link, target);
        Assert.True(InputFile.Read(FileKind.Picture, link, Path.Combine(_ws.Root, "ws")).Ok);
    }

    [Fact]
    public void A_link_loop_is_a_problem_not_a_hang()
    {
        var a = Path.Combine(_ws.Root, "a.yaml");
        var b = Path.Combine(_ws.Root, "b.yaml");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        Assert.Equal(FileProblem.TooManyLinks, InputFile.Read(FileKind.Data, a).Problem);
    }

    [Fact]
    public void A_path_through_a_file_is_unreadable_not_missing()
    {
        var file = Make("afile", "x");
        var read = InputFile.Read(FileKind.Data, Path.Combine(file, "2018.yaml"));
        Assert.Equal(FileProblem.Unreadable, read.Problem);
        Assert.Equal(IoFailure.NotAFolder, read.Failure);
    }

    [Fact]
    public void A_link_to_nothing_is_missing()
    {
        var link = Path.Combine(_ws.Root, "data", "a", "2017.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, Path.Combine(_ws.Root, "data", "a", "gone.yaml"));
        var read = InputFile.Read(FileKind.Data, link, Path.Combine(_ws.Root, "data"));
        Assert.Equal(FileProblem.Missing, read.Problem);
        Assert.Equal(IoFailure.NotFound, read.Failure);
        Assert.Equal(FileProblem.Missing, InputFile.Probe(FileKind.Data, Path.Combine(_ws.Root, "data", "b", "2017.yaml"), Path.Combine(_ws.Root, "data")).Problem);
    }

    [Fact]
    public void A_root_reached_through_a_link_confines_to_where_it_really_is()
    {
        var inside = Make("real-ws/data/a/2018.yaml", "x: 1\n");
        var secret = Make("secret.yaml", "secret");
        var linkedRoot = Path.Combine(_ws.Root, "ws");
        Directory.CreateSymbolicLink(linkedRoot, Path.Combine(_ws.Root, "real-ws"));
        File.CreateSymbolicLink(Path.Combine(_ws.Root, "real-ws", "data", "a", "2017.yaml"), secret);

        var ok = InputFile.Read(FileKind.Data, Path.Combine(linkedRoot, "data", "a", "2018.yaml"), Path.Combine(linkedRoot, "data"));
        Assert.True(ok.Ok);
        Assert.Equal(RealPath.Of(inside), ok.RealPath);
        var escaped = InputFile.Read(FileKind.Data, Path.Combine(linkedRoot, "data", "a", "2017.yaml"), Path.Combine(linkedRoot, "data"));
        Assert.Equal(FileProblem.OutsideRoot, escaped.Problem);
        Assert.Null(escaped.Bytes);
        // A root that is not on the file's way is resolved on its own.
        Assert.Equal(FileProblem.OutsideRoot, InputFile.Read(FileKind.Data, inside, Path.Combine(_ws.Root, "elsewhere")).Problem);
    }

    [Theory]
    [InlineData("ws/data/a/2018.yaml", "ws/data", true)]
    [InlineData("ws/data/a/2018.yaml", "ws/data/", true)]
    [InlineData("ws/data/a/2018.yaml", "ws/data/a/2018.yaml", true)]
    [InlineData("ws/data/a/2018.yaml", "", true)]
    [InlineData("ws/data/a/2018.yaml", "ws/dat", false)]
    [InlineData("ws/data/a/2018.yaml", "other", false)]
    [InlineData("ws/data/../data/a/2018.yaml", "ws/data", true)]
    public void A_root_on_the_way_is_resolved_in_the_same_walk_as_on_its_own(string path, string root, bool onTheWay)
    {
        Make("real-ws/data/a/2018.yaml", "x");
        Directory.CreateDirectory(Path.Combine(_ws.Root, "other"));
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "ws"), Path.Combine(_ws.Root, "real-ws"));
        var fullPath = Path.Combine(_ws.Root, path);
        var fullRoot = root == "" ? "/" : Path.Combine(_ws.Root, root);
        var real = RealPath.Of(fullPath, fullRoot, out var realRoot);
        Assert.Equal(RealPath.Of(fullPath), real);
        if (onTheWay) Assert.Equal(RealPath.Of(fullRoot), realRoot);
        else Assert.Null(realRoot);
        Assert.Equal(RealPath.IsUnder(RealPath.Of(fullRoot), RealPath.Of(fullPath)), RealPath.IsInside(fullRoot, fullPath));
    }

    [Fact]
    public void One_line_is_read_without_loading_the_file()
    {
        var file = Make("lines.yaml", "first\r\nsecond line that is long\nthird");
        Assert.Equal("second", InputFile.ReadLine(file, 2, 6));
        Assert.Equal("third", InputFile.ReadLine(file, 3, 100));
        Assert.Null(InputFile.ReadLine(file, 4, 100));
    }

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, int mode);
}
