using System.Collections.Generic;
using System.IO;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Schema;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// Reads the values of every app-template HelmRelease of a shared corpus folder
/// (<c>&lt;repo&gt;/../shared/reference/&lt;folder&gt;</c>) into a generated values model, writes them back with our
/// renderer, and compares the written YAML with the original as Flux reads it (YAML 1.1). Prints the pass count,
/// the releases that needed lenient scalars, and every failure with its reason.
/// </summary>
/// <remarks>
/// Lenient scalar comparison is allowed here: community files write numbers as strings and the other way round in
/// places the model types one way (a quoted <c>"1000"</c> read into an <see cref="Integer"/>, an unquoted number
/// read into a string), which Helm renders the same.
/// </remarks>
internal static class CorpusRoundTrip
{
    /// <param name="major">The app-template major <typeparamref name="TValues"/> models: a release that pins
    /// another major (or no version) is a failure, never read with this model.</param>
    public static void AssertCorpusRoundTrips<TValues>(
        string corpusFolderName, int expectedReleases, double requiredPassPercent, ITestOutputHelper output, int major)
        where TValues : IYamlModel<TValues>
    {
        var corpus = Path.Combine(RepositoryPaths.SharedReference, corpusFolderName);
        Assert.True(
            Directory.Exists(corpus),
            $"The app-template corpus is missing: {corpus}. This test reads <repo>/../shared/reference/{corpusFolderName} "
            + $"({expectedReleases} community HelmReleases); provide that folder next to the repository.");

        var releases = HelmReleaseDocuments.FindAppTemplateReleases(corpus);
        var passed = 0;
        var lenient = new List<string>();
        var failures = new List<string>();
        foreach (var release in releases)
        {
            var name = $"{Path.GetRelativePath(corpus, release.File)} ({release.Name})";
            if (release.ChartMajor != major)
            {
                failures.Add($"{name}: pins app-template {release.ChartVersion ?? "(no version found)"}, not {major}.x: not read with {typeof(TValues).FullName}");
                continue;
            }

            var outcome = RoundTrip<TValues>(release.Values);
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
        output.WriteLine($"{passed}/{releases.Count} app-template HelmReleases of {corpusFolderName} round-trip through "
                         + $"{typeof(TValues).FullName} ({percent:F1}%); {lenient.Count} needed lenient scalars");
        foreach (var entry in lenient)
        {
            output.WriteLine("  lenient: " + entry);
        }

        output.WriteLine($"failures: {failures.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine("  " + failure);
        }

        Assert.Equal(expectedReleases, releases.Count);
        Assert.True(
            percent >= requiredPassPercent,
            $"{passed}/{releases.Count} ({percent:F1}%) round-trip; at least {requiredPassPercent}% is required. Failures:\n"
            + string.Join("\n", failures));
    }

    private static Outcome RoundTrip<TValues>(YamlNode values)
        where TValues : IYamlModel<TValues>
    {
        string written;
        try
        {
            var model = ValuesYaml.FromNode<TValues>(values);
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
