using System.Text.RegularExpressions;
using ReportGen.Files;

namespace ReportGen.Editor;

/// <summary>One report of the workspace: data/&lt;agency&gt;/&lt;year&gt;.yaml.</summary>
public sealed record ReportRef(string Agency, int Year)
{
    public string Id => $"{Agency}/{Year}";
}

/// <summary>
/// Turns what a request names (an agency id and a year, an output file name) into a path inside the workspace,
/// or nothing: names are checked against the data file's own rules, and the real path (links followed) must stay
/// under data/ or out/. No request ever carries a path.
/// </summary>
public sealed partial class ReportLocator(EditorOptions options)
{
    public static readonly string[] OutputFormats = ["pdf", "docx", "html"];

    public static bool TryParse(string? agency, string? year, out ReportRef report)
    {
        report = null!;
        if (agency is null || !AgencyId().IsMatch(agency)) return false;
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, null, out var y) || y is < 1990 or > 2200) return false;
        report = new ReportRef(agency, y);
        return true;
    }

    public string DataFile(ReportRef report) => Path.Combine(options.DataRoot, report.Agency, $"{report.Year}.yaml");

    /// <summary>The data file when its real path is inside data/ (a linked agency folder leading elsewhere is refused).</summary>
    public string? ConfinedDataFile(ReportRef report)
    {
        var path = DataFile(report);
        return Inside(options.DataRoot, path) ? path : null;
    }

    public string? ConfinedOutput(ReportRef report, string format)
    {
        if (!OutputFormats.Contains(format)) return null;
        var path = Path.Combine(options.OutputRoot, report.Agency, $"{report.Year}.{format}");
        return Inside(options.OutputRoot, path) ? path : null;
    }

    /// <summary>The nearest existing ancestor decides: a file still to be created is inside when its folder is.</summary>
    private static bool Inside(string root, string path)
    {
        var probe = path;
        while (!File.Exists(probe) && !Directory.Exists(probe))
        {
            var parent = Path.GetDirectoryName(probe);
            if (parent is null || parent == probe) return false;
            probe = parent;
        }
        return Directory.Exists(root) && RealPath.IsInside(root, probe);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex AgencyId();
}
