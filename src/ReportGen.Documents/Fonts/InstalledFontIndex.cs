using System.Buffers.Binary;
using ReportGen.Files;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// Family name → file of the fonts installed on this machine. Built once per catalog by reading
/// only the table directory and 'name' table of each file, so a large font folder stays cheap.
/// </summary>
internal sealed class InstalledFontIndex
{
    private readonly Dictionary<string, FontSource> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _regular = new(StringComparer.OrdinalIgnoreCase);

    public InstalledFontIndex(IEnumerable<string> directories)
    {
        var files = new List<string>();
        foreach (var dir in directories)
        {
            if (!Directory.Exists(dir)) continue;
            try
            {
                files.AddRange(FileTree.Find(dir, "*").Where(IsFontFile));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        // Sorted so that which file wins a duplicate family name does not depend on the file system.
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try { IndexFile(file); }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or IndexOutOfRangeException) { }
        }
    }

    // CFF-flavoured OpenType (.otf/.otc: Source Han, Noto CJK as distributed) is embedded like TrueType, so it counts too.
    private static readonly string[] FontExtensions = [".ttf", ".ttc", ".otf", ".otc"];

    private static bool IsFontFile(string path) => FontExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> StandardDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var list = new List<string> { "/usr/share/fonts", "/usr/local/share/fonts", System.IO.Path.Combine(home, ".fonts"), System.IO.Path.Combine(home, ".local", "share", "fonts") };
        if (OperatingSystem.IsWindows())
        {
            list.Add(Environment.GetFolderPath(Environment.SpecialFolder.Fonts));
            list.Add(System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"));
        }
        if (OperatingSystem.IsMacOS()) list.Add("/Library/Fonts");
        return list;
    }

    public bool TryFind(string family, out FontSource source) => _byFamily.TryGetValue(family, out source!);

    private void IndexFile(string file)
    {
        using var fs = InputFile.OpenRead(FileKind.Font, file) ?? throw new IOException(file);
        var header = new byte[12];
        fs.ReadExactly(header);
        var faces = 1;
        var offsets = new List<int> { 0 };
        if (BinaryPrimitives.ReadUInt32BigEndian(header) == 0x74746366)
        {
            faces = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
            var table = new byte[4 * faces];
            fs.ReadExactly(table);
            offsets.Clear();
            for (var i = 0; i < faces; i++) offsets.Add((int)BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(4 * i)));
        }
        for (var face = 0; face < faces; face++)
        {
            fs.Position = offsets[face];
            fs.ReadExactly(header);
            var numTables = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
            var records = new byte[16 * numTables];
            fs.ReadExactly(records);
            for (var i = 0; i < numTables; i++)
            {
                var rec = records.AsSpan(16 * i);
                if (BinaryPrimitives.ReadUInt32BigEndian(rec) != SfntDirectory.Tag("name")) continue;
                fs.Position = BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
                var name = new byte[BinaryPrimitives.ReadUInt32BigEndian(rec[12..])];
                fs.ReadExactly(name);
                // A family's regular face wins over its bold or light siblings found earlier.
                var regular = SfntNames.IsRegular(name);
                foreach (var family in SfntNames.FamilyNames(name))
                {
                    if (!_byFamily.ContainsKey(family) || regular && !_regular.Contains(family))
                        _byFamily[family] = new FontSource(file, face);
                    if (regular) _regular.Add(family);
                }
            }
        }
    }
}
