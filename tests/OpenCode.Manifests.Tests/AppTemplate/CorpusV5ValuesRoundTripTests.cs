using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// The values of every real-world app-template 5.x HelmRelease in the shared corpus
/// (<c>&lt;repo&gt;/../shared/reference/corpus-app-template-5x</c>, 5.1.0 and 5.0.1) read into the 5.x model
/// <see cref="OpenCode.Manifests.AppTemplate.V5.AppTemplateValues"/> and write back with the same meaning (see
/// <see cref="CorpusRoundTrip"/>). The corpus uses no key 5.x added, so the hand-written samples of V5KeySampleTests cover those.
/// </summary>
public sealed class CorpusV5ValuesRoundTripTests(ITestOutputHelper output)
{
    private const string CorpusFolderName = "corpus-app-template-5x";
    private const int ExpectedReleases = 171;
    private const double RequiredPassPercent = 98.0;

    [Fact]
    public void Corpus_values_round_trip_through_the_5x_model() =>
        CorpusRoundTrip.AssertCorpusRoundTrips<OpenCode.Manifests.AppTemplate.V5.AppTemplateValues>(
            CorpusFolderName, ExpectedReleases, RequiredPassPercent, output, major: 5);
}
