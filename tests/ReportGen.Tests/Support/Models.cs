using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>Load and model a data file as the pipeline does (no checking); the diagnostics of both stages go into the bag.</summary>
public static class Models
{
    public static ReportModel? Read(FormatCatalog formats, string file, DiagnosticBag diagnostics)
        => Keep(ModelBuilder.Build(new ReportLoader(formats).Load(file)), diagnostics);

    public static ReportModel? Read(FormatCatalog formats, string file, byte[] bytes, DiagnosticBag diagnostics)
        => Keep(ModelBuilder.Build(new ReportLoader(formats).Load(file, bytes)), diagnostics);

    private static ReportModel? Keep(BuiltReport built, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(built.Diagnostics);
        return built.Model;
    }
}
