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
    public void A_missing_file_says_so_in_the_systems_words()
    {
        var read = InputFile.Read(FileKind.Data, Path.Combine(_ws.Root, "none.yaml"));
        Assert.Equal(FileProblem.Missing, read.Problem);
        Assert.Contains("none.yaml", read.Detail);
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
