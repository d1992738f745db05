using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Schema;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// The values of every real-world app-template 4.x HelmRelease in the shared corpus
/// (<c>&lt;repo&gt;/../shared/reference/corpus-app-template-4x</c>) read into <see cref="AppTemplateValues"/> and
/// write back with the same meaning.
/// </summary>
/// <remarks>
/// Lenient scalar comparison is allowed here: community files write numbers as strings and the other way round
/// in places the model types one way (a quoted <c>"1000"</c> read into an <see cref="Integer"/>, an unquoted
/// number read into a string), which Helm renders the same. How many releases needed it is printed.
/// </remarks>
public sealed class CorpusValuesRoundTripTests(ITestOutputHelper output)
{
    private const string CorpusFolderName = "corpus-app-template-4x";
    private const int ExpectedReleases = 177;
    private const double RequiredPassPercent = 97.0;

    [Fact]
    public void Corpus_values_round_trip_through_the_typed_model()
    {
        var corpus = Path.Combine(CoverageRepoPaths.SharedReference, CorpusFolderName);
        Assert.True(
            Directory.Exists(corpus),
            $"The app-template corpus is missing: {corpus}. This test reads <repo>/../shared/reference/{CorpusFolderName} "
            + "(177 community HelmReleases); provide that folder next to the repository.");

        var releases = HelmReleaseDocuments.FindAppTemplateReleases(corpus);
        var passed = 0;
        var lenient = new List<string>();
        var failures = new List<string>();
        foreach (var release in releases)
        {
            var name = $"{Path.GetRelativePath(corpus, release.File)} ({release.Name})";
            var outcome = RoundTrip(release.Values);
            if (outcome.Failure is not null)
            {
                failures.Add($"{name}: {outcome.Failure}");
                continue;
            }

            passed++;
            if (outcome.LenientMatches > 0)
            {
                lenient.Add($"{name}: {outcome.LenientMatches} scalar(s) equal only leniently ({outcome.StrictDifference})");
            }
        }

        var percent = releases.Count == 0 ? 0 : 100.0 * passed / releases.Count;
        output.WriteLine($"{passed}/{releases.Count} app-template HelmReleases round-trip ({percent:F1}%); {lenient.Count} needed lenient scalars");
        foreach (var entry in lenient)
        {
            output.WriteLine("  lenient: " + entry);
        }

        output.WriteLine($"failures: {failures.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine("  " + failure);
        }

        Assert.Equal(ExpectedReleases, releases.Count);
        Assert.True(
            percent >= RequiredPassPercent,
            $"{passed}/{releases.Count} ({percent:F1}%) round-trip; at least {RequiredPassPercent}% is required. Failures:\n"
            + string.Join("\n", failures));
    }

    private static Outcome RoundTrip(YamlDotNet.RepresentationModel.YamlNode values)
    {
        string written;
        try
        {
            var model = ValuesYaml.FromNode<AppTemplateValues>(values);
            written = YamlRenderer.Render(model);
        }
        catch (ValuesYamlException exception)
        {
            return new Outcome("read/write: " + exception.Message, 0, null);
        }

        var reread = ValuesYaml.Load(written);
        var strict = YamlSemantics.Compare(values, reread, lenientScalars: false);
        if (strict.AreEqual)
        {
            return new Outcome(null, 0, null);
        }

        var relaxed = YamlSemantics.Compare(values, reread, lenientScalars: true);
        return relaxed.AreEqual
            ? new Outcome(null, relaxed.LenientScalarMatches, strict.FirstDifference)
            : new Outcome("differs: " + relaxed.FirstDifference, 0, null);
    }

    private sealed record Outcome(string? Failure, int LenientMatches, string? StrictDifference);
}
