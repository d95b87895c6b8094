namespace ReportGen.Importing;

/// <param name="AgencyId">Folder name under data/ (--agency); derived from the file name or the agency name when null.</param>
/// <param name="Year">Report year (--year); read from the title when null.</param>
/// <param name="FormatId">Format (--format 2021|2019|pre2019); recognised from the structure when null.</param>
/// <param name="OutputRoot">The data folder the file goes into: &lt;root&gt;/&lt;agency&gt;/&lt;year&gt;.yaml.</param>
public sealed record ImportOptions(string? AgencyId, int? Year, string? FormatId, string OutputRoot);
