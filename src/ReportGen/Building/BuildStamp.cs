using ReportGen.Files;

namespace ReportGen.Building;

/// <summary>
/// What the last successful build of a report was made from: the input hash and the extra inputs it
/// discovered (members of a roll-up). Stored beside the outputs as out/&lt;agency&gt;/.&lt;year&gt;.stamp,
/// written last, so a stamp only exists for complete outputs.
/// </summary>
public sealed record BuildStamp(string Hash, IReadOnlyList<string> ExtraInputs)
{
    public static string PathFor(string outputRoot, string dataFile)
    {
        var key = Shard.KeyOf(dataFile).Split('/');
        return Path.Combine(outputRoot, key[0], $".{key[1]}.stamp");
    }

    public static BuildStamp? Read(string path)
    {
        if (InputFile.ReadText(FileKind.Stamp, path, out _) is not { } text) return null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1];
        return lines.Length == 0 ? null : new BuildStamp(lines[0], lines.Skip(1).Where(l => l.Length > 0).ToList());
    }

    public void Write(string path)
        => AtomicFile.Write(path, s => { using var w = new StreamWriter(s, leaveOpen: true); w.WriteLine(Hash); foreach (var e in ExtraInputs) w.WriteLine(e); });
}
