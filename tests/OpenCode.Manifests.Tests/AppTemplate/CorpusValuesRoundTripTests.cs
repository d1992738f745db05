using OpenCode.Manifests.AppTemplate;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// The values of every real-world app-template 4.x HelmRelease in the shared corpus
/// (<c>&lt;repo&gt;/../shared/reference/corpus-app-template-4x</c>) read into <see cref="AppTemplateValues"/> and
/// write back with the same meaning (see <see cref="CorpusRoundTrip"/>).
/// </summary>
public sealed class CorpusValuesRoundTripTests(ITestOutputHelper output)
{
    private const string CorpusFolderName = "corpus-app-template-4x";
    private const int ExpectedReleases = 177;
    private const double RequiredPassPercent = 97.0;

    [Fact]
    public void Corpus_values_round_trip_through_the_typed_model() =>
        CorpusRoundTrip.AssertCorpusRoundTrips<AppTemplateValues>(CorpusFolderName, ExpectedReleases, RequiredPassPercent, output, major: 4);
}
