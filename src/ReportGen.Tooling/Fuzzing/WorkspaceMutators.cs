namespace ReportGen.Tooling.Fuzzing;

/// <summary>
/// Classes that live beside the data file: links and link chains, FIFOs where a file is read, link loops in the
/// data folder, copies colliding on one agency and year, roll-up member graphs with cycles. The mutant itself is
/// left as it is; <see cref="Mutator.Arrange"/> builds the workspace around it.
/// </summary>
internal static partial class WorkspaceMutators
{
    public static byte[] Same(byte[] input, Random rng) => input;

    /// <summary>The data file, its picture or its folder reached through a chain of links (one to four steps) to outside, to /dev/zero, or to itself.</summary>
    public static void LinkChain(string dataFile, Random rng)
    {
        var root = Root(dataFile);
        var outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(outside);
        var secret = Path.Combine(outside, "secret.yaml");
        File.Copy(dataFile, secret, overwrite: true);
        var target = YamlText.Pick(rng, new[] { secret, "/dev/zero", "/etc/passwd", outside, dataFile + ".missing" });
        var steps = rng.Next(1, 5);
        var next = target;
        for (var i = 0; i < steps; i++)
        {
            var link = Path.Combine(root, rng.Next(2) == 0 ? "data" : "outside", $"link{i}");
            if (File.Exists(link) || Directory.Exists(link)) continue;
            File.CreateSymbolicLink(link, next);
            next = link;
        }
        switch (rng.Next(3))
        {
            case 0: // the data file itself
                File.Delete(dataFile);
                File.CreateSymbolicLink(dataFile, next);
                break;
            case 1: // a picture the data names
                AppendFigure(dataFile, Path.GetRelativePath(Path.GetDirectoryName(dataFile)!, next));
                break;
            default: // another agency folder in data/
                var folder = Path.Combine(root, "data", "linked");
                if (!Directory.Exists(folder)) Directory.CreateSymbolicLink(folder, target == secret ? outside : Path.GetDirectoryName(next)!);
                break;
        }
    }

    /// <summary>A named pipe where a data file, a picture or a second data file is expected: never opened, never waited on.</summary>
    public static void Fifo(string dataFile, Random rng)
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Path.GetDirectoryName(dataFile)!;
        switch (rng.Next(3))
        {
            case 0:
                var year = int.Parse(Path.GetFileNameWithoutExtension(dataFile), System.Globalization.CultureInfo.InvariantCulture);
                MakeFifo(Path.Combine(folder, $"{year + 1}.yaml"));
                break;
            case 1:
                MakeFifo(Path.Combine(folder, "pipe.png"));
                AppendFigure(dataFile, "pipe.png");
                break;
            default:
                var other = Path.Combine(Root(dataFile), "data", "fifo-agency");
                Directory.CreateDirectory(other);
                MakeFifo(Path.Combine(other, Path.GetFileName(dataFile)));
                break;
        }
    }

    /// <summary>A link in data/ back to data/ or to an agency folder: each real folder is walked once.</summary>
    public static void LinkLoop(string dataFile, Random rng)
    {
        var data = Path.Combine(Root(dataFile), "data");
        var folder = Path.GetDirectoryName(dataFile)!;
        var (link, target) = rng.Next(3) switch
        {
            0 => (Path.Combine(folder, "loop"), ".."),
            1 => (Path.Combine(data, "again"), "."),
            _ => (Path.Combine(folder, "self"), "."),
        };
        Directory.CreateSymbolicLink(link, target);
    }

    /// <summary>Two files naming one report: a copy beside it ("2018 - 副本.yaml", "02018.yaml"), or in another folder of data/.</summary>
    public static void Colliding(string dataFile, Random rng)
    {
        var folder = Path.GetDirectoryName(dataFile)!;
        var name = Path.GetFileNameWithoutExtension(dataFile);
        var copy = rng.Next(4) switch
        {
            0 => Path.Combine(folder, name + " - 副本.yaml"),
            1 => Path.Combine(folder, "0" + name + ".yaml"),
            2 => Path.Combine(folder, name + "(1).yaml"),
            _ => Path.Combine(Root(dataFile), "data", "stray", Path.GetFileName(folder), Path.GetFileName(dataFile)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(dataFile, copy, overwrite: true);
    }

    /// <summary>Roll-ups whose members form a cycle (a → b → a, a → b → c → a) or count a member twice through two paths.</summary>
    public static void RollupGraph(string dataFile, Random rng)
    {
        var bytes = File.ReadAllBytes(dataFile);
        var (agency, _) = HostileMutators.AgencyAndYear(bytes);
        var text = YamlText.Utf8.GetString(bytes);
        var graph = rng.Next(3) switch
        {
            0 => new Dictionary<string, string[]> { [agency] = ["ra"], ["ra"] = [agency] },
            1 => new Dictionary<string, string[]> { [agency] = ["ra"], ["ra"] = ["rb"], ["rb"] = [agency] },
            _ => new Dictionary<string, string[]> { [agency] = ["ra", "rb"], ["ra"] = ["rc"], ["rb"] = ["rc"], ["rc"] = [] },
        };
        foreach (var (id, members) in graph)
        {
            var file = id == agency ? dataFile : Path.Combine(Root(dataFile), "data", id, Path.GetFileName(dataFile));
            var body = (id == agency ? text : text.Replace("id: " + agency, "id: " + id, StringComparison.Ordinal))
                .Split('\n').Where(l => !l.StartsWith("members:", StringComparison.Ordinal));
            var lines = body.ToList();
            if (members.Length > 0)
            {
                // A roll-up has no statistics of its own.
                var start = lines.FindIndex(l => l.StartsWith("statistics:", StringComparison.Ordinal));
                if (start >= 0)
                {
                    var end = start + 1;
                    while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] == ' ')) end++;
                    lines.RemoveRange(start, end - start);
                }
                lines.Add("members: [" + string.Join(", ", members) + "]");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, string.Join('\n', lines));
        }
    }

    private static void AppendFigure(string dataFile, string picture)
    {
        var lines = File.ReadAllLines(dataFile).ToList();
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && YamlText.Indent(l) >= 4 && l.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        if (at < 0) return;
        var indent = new string(' ', YamlText.Indent(lines[at]));
        lines.Insert(at + 1, indent + "- figure: 图片");
        lines.Insert(at + 2, indent + "  picture: \"" + picture.Replace("\\", "/", StringComparison.Ordinal) + "\"");
        File.WriteAllLines(dataFile, lines);
    }

    private static void MakeFifo(string path) => _ = MakeFifo(path, 0x1B6);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, int mode);

    /// <summary>The scratch workspace: data/&lt;agency&gt;/&lt;year&gt;.yaml sits two folders below it.</summary>
    private static string Root(string dataFile) => Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(dataFile)!)!)!;
}
