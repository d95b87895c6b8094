using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// The agency and year a report title names (“船营区人民政府2018年政府信息公开工作年度报告”,
/// “2018年长白山管委会政府信息公开工作年度报告”), the kind of agency its name shows, its level from the
/// last administrative unit in the name, and an identifier for its data folder.
/// </summary>
public static partial class AgencyNames
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年度?")]
    private static partial Regex YearInTitle();

    /// <summary>The report-name part of a title, longest first; what precedes it is the agency.</summary>
    private static readonly string[] Suffixes =
    {
        "政府信息公开工作年度报告", "政务信息公开工作年度报告", "政务公开工作年度报告", "信息公开工作年度报告", "公开工作年度报告",
        "政府信息公开年度报告", "信息公开年度报告", "政府信息公开工作报告", "信息公开工作报告", "工作年度报告", "年度报告",
    };

    [GeneratedRegex(@"(?:人民政府|政府|管委会|管理委员会|行政公署|委员会|办公室|办公厅|局|厅|委|办|院|署|中心|公司|部|所|站|会|处|队|馆|社|室)$")]
    private static partial Regex AgencyEnding();

    [GeneratedRegex(@"(?:人民政府|政府|管委会|管理委员会|行政公署|人民政府办公室|人民政府办公厅)$")]
    private static partial Regex GovernmentEnding();

    public static int? YearOf(string title)
    {
        var m = YearInTitle().Match(title);
        return m.Success ? int.Parse(m.Groups["y"].Value) : null;
    }

    /// <summary>The agency named by a title: the words before the year, else between the year and the report name.</summary>
    public static string? NameOf(string title)
    {
        var t = Regex.Replace(title, @"\s+", "");
        t = Regex.Replace(t, @"[（(][^（）()]*[）)]$", "");
        var m = YearInTitle().Match(t);
        var before = m.Success ? t[..m.Index] : "";
        var after = m.Success ? t[(m.Index + m.Length)..] : t;
        var candidates = new List<string>();
        foreach (var part in new[] { before + after, after, before })
            foreach (var suffix in Suffixes)
            {
                var i = part.IndexOf(suffix, StringComparison.Ordinal);
                if (i > 0) candidates.Add(part[..i]);
            }
        if (before.Length >= 2) candidates.Insert(0, before);
        var named = candidates.FirstOrDefault(c => c.Length >= 2 && AgencyEnding().IsMatch(c));
        return named ?? candidates.FirstOrDefault(c => c.Length >= 2);
    }

    public static bool LooksLikeAgency(string text) => text.Length is >= 3 and <= 40 && AgencyEnding().IsMatch(text) && !text.Any(c => c is '，' or '。' or '；' or ',' or ':' or '：');

    public static bool IsGovernment(string name) => GovernmentEnding().IsMatch(name);

    /// <summary>
    /// province | city | county | township from the last administrative unit of the place the name starts
    /// with (示例市云溪区 → county; 住房和城乡建设局 names no place), or null when it starts with none.
    /// </summary>
    public static string? LevelOf(string name)
    {
        var m = PlacePrefix().Match(name);
        if (!m.Success) return null;
        return m.Groups["unit"].Captures[^1].Value switch
        {
            "省" or "自治区" => "province",
            "市" or "自治州" or "州" or "盟" or "地区" => "city",
            "区" or "县" or "自治县" or "旗" => "county",
            _ => "township",
        };
    }

    /// <summary>Place names (one to four characters, not joined by 和/与/及) each ending in an administrative unit.</summary>
    [GeneratedRegex(@"^(?:[^和与及的、，\s]{1,4}?(?<unit>自治区|自治州|自治县|省|市|州|盟|地区|区|县|旗|乡|镇|街道))+")]
    private static partial Regex PlacePrefix();

    /// <summary>
    /// A folder name for the agency when none is given: the source file's name when it is already one
    /// (chuanying-2018.html → chuanying), else a stable code from the agency name, to be renamed by staff.
    /// </summary>
    public static (string Id, bool Guessed) IdFor(string sourceFile, string agencyName)
    {
        var stem = Path.GetFileNameWithoutExtension(sourceFile).ToLowerInvariant();
        stem = Regex.Replace(stem, @"(?:^|[-_.\s])(?:19|20)\d{2}(?:$|[-_.\s])", "-");
        stem = Regex.Replace(stem, @"[^a-z0-9]+", "-").Trim('-');
        if (stem.Length >= 2 && !Regex.IsMatch(stem, @"^\d+$") && stem is not ("report" or "index" or "content" or "article" or "detail" or "page" or "download"))
            return (stem, true);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(agencyName));
        return ("jg-" + Convert.ToHexString(hash, 0, 3).ToLowerInvariant(), true);
    }
}
