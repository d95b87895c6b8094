using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Formats;

namespace ReportGen.Authoring;

/// <summary><c>reportgen new</c>: data/&lt;agency&gt;/&lt;year&gt;.yaml started from &lt;year-1&gt;.yaml.</summary>
public static class NewReport
{
    public sealed record Result(bool Ok, string? File, string Message, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Create(string dataRoot, string agencyId, int year, FormatCatalog formats)
    {
        if (agencyId.Length == 0 || !agencyId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            return Fail(Catalog.Authoring.BadAgencyId.Text(agencyId));
        if (year is < 2008 or > 2100)
            return Fail(Catalog.Authoring.YearOutOfRange.Text(year));
        var folder = Path.Combine(dataRoot, agencyId);
        var target = Path.Combine(folder, $"{year}.yaml");
        if (File.Exists(target))
            return Fail(Catalog.Authoring.WillNotOverwrite.Text(target));
        var previous = Path.Combine(folder, $"{year - 1}.yaml");
        if (!File.Exists(previous))
        {
            var existing = Directory.Exists(folder)
                ? Catalog.Phrases.List(FileTree.Files(folder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
                : "";
            return Fail(Catalog.Authoring.NoPreviousYear.Text(previous) +
                (existing.Length > 0 ? Catalog.Authoring.AgencyHas.Text(existing) : Catalog.Authoring.NewAgency.Text()));
        }

        var diagnostics = new DiagnosticBag();
        var text = new NextYearWriter(formats).Write(previous, year, diagnostics);
        if (text is null)
            return new Result(false, null, Catalog.Authoring.PreviousUnreadable.Text(previous), diagnostics.Items);
        try
        {
            // CreateNew: a file that appeared since the check above is still never overwritten.
            OutputFile.CreateNew(target, text);
        }
        catch (IOException) when (File.Exists(target))
        {
            return Fail(Catalog.Authoring.AppearedMeanwhile.Text(target));
        }
        return new Result(true, target, Catalog.Authoring.Created.Text(target, Path.GetFileName(previous)), diagnostics.Items);
    }

    private static Result Fail(string message) => new(false, null, message, Array.Empty<Diagnostic>());
}
