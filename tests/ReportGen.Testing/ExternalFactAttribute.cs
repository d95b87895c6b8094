using Xunit.Sdk;

namespace ReportGen.Testing;

/// <summary>
/// A fact in the external category (trait Category=External): it needs programs beyond the .NET SDK
/// (poppler, qpdf, chromium, node …). Skipped with the reason and the apt line where one is missing;
/// never skipped when REPORTGEN_REQUIRE_EXTERNAL=1 (CI). Run only these: <c>dotnet test --filter Category=External</c>.
/// </summary>
[TraitDiscoverer("ReportGen.Testing.ExternalTraitDiscoverer", "ReportGen.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExternalFactAttribute : FactAttribute, ITraitAttribute
{
    public ExternalFactAttribute(params string[] programs)
    {
        Programs = programs;
        if (ExternalPrograms.SkipReason(programs) is { } reason) Skip = reason;
    }

    public string[] Programs { get; }
}

/// <summary>The theory form of <see cref="ExternalFactAttribute"/>.</summary>
[TraitDiscoverer("ReportGen.Testing.ExternalTraitDiscoverer", "ReportGen.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExternalTheoryAttribute : TheoryAttribute, ITraitAttribute
{
    public ExternalTheoryAttribute(params string[] programs)
    {
        Programs = programs;
        if (ExternalPrograms.SkipReason(programs) is { } reason) Skip = reason;
    }

    public string[] Programs { get; }
}

public sealed class ExternalTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(Xunit.Abstractions.IAttributeInfo traitAttribute)
    {
        yield return new("Category", "External");
    }
}
