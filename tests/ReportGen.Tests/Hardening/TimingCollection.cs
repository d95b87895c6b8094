namespace ReportGen.Tests.Hardening;

/// <summary>Tests that measure time and allocation run alone, so other tests' threads do not skew the figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
