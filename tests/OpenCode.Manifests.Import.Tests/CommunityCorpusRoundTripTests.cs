using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// Every app-template HelmRelease of the community corpus (<c>&lt;repo&gt;/../shared/reference/corpus-app-template-4x</c>,
/// 177 releases from five home-ops repositories, read in place) is imported, compiled, run, and compared with its
/// input values. At least 95 % must be lossless; every other release is listed with the reason.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class CommunityCorpusRoundTripTests(ITestOutputHelper output)
{
    private const double RequiredPercent = 95.0;

    /// <summary>Each corpus, its release count, and the major every release pins (so a misread major shows).</summary>
    [Theory]
    [InlineData("corpus-app-template-4x", 177, 4)]
    [InlineData("corpus-app-template-5x", 171, 5)]
    public void Community_corpus_imports_and_round_trips(string folder, int expectedReleases, int major)
    {
        var corpus = Path.Combine(OpenCode.Manifests.TestSupport.RepositoryPaths.SharedReference, folder);
        Assert.True(Directory.Exists(corpus),
            $"The community corpus is missing: {corpus}. Provide <repo>/../shared/reference/{folder} ({expectedReleases} app-template HelmReleases).");

        // One import per cluster, as a user would (a project is one cluster: the corpus holds several with the same apps).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = OpenCode.Manifests.TestSupport.CorpusClusters.Folders(corpus)
            .Select(cluster => new HelmReleaseImporter(new ImportOptions { Namespace = "Community" }).ImportPath(cluster))
            .ToList();
        var importTime = clock.Elapsed;
        var notImported = results.SelectMany(r => r.Diagnostics).Where(d => d.IsError).ToList();
        var outcomes = results.SelectMany(result => ImportRoundTrip.Run(result.Releases, r => Path.GetRelativePath(corpus, r.Document.File) + " (" + r.Document.Name + ")", result.ProjectChart)).ToList();
        var result = new { Diagnostics = results.SelectMany(r => r.Diagnostics).ToList(), Releases = results.SelectMany(r => r.Releases).ToList() };
        output.WriteLine($"import {importTime.TotalSeconds:F1} s, compile and run {(clock.Elapsed - importTime).TotalSeconds:F1} s");
        var failures = outcomes.Where(o => !o.IsLossless).Select(o => o.ToString())
            .Concat(notImported.Select(d => "not imported: " + d))
            .ToList();
        // Every release is one outcome or one error that says why it was not imported.
        var total = outcomes.Count + notImported.Count;
        var lossless = outcomes.Count(o => o.IsLossless);
        var percent = 100.0 * lossless / total;

        output.WriteLine($"{lossless}/{total} community releases round-trip losslessly ({percent:F1}%); {outcomes.Count(o => o.IsLossless && o.LenientMatches > 0)} needed lenient scalars.");
        foreach (var lenient in outcomes.Where(o => o.IsLossless && o.LenientMatches > 0))
        {
            output.WriteLine("  lenient: " + lenient);
        }

        output.WriteLine($"kept as free-form: {result.Diagnostics.Count(d => d.Id == OpenCode.Manifests.Diagnostics.DiagnosticCatalog.KeptAsFreeForm.Id)}");
        foreach (var note in result.Diagnostics.Where(d => !d.IsError))
        {
            output.WriteLine("  " + note);
        }

        output.WriteLine($"failures: {failures.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine("  " + failure);
        }

        Assert.Equal(expectedReleases, total);
        // The version comes from the OCIRepository each release points at: every release of the corpus pins this major.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == OpenCode.Manifests.Diagnostics.DiagnosticCatalog.ChartVersionNotFound.Id);
        Assert.All(result.Releases, r => Assert.Equal(major, r.ChartMajor));
        Assert.True(percent >= RequiredPercent, $"{lossless}/{total} ({percent:F1}%) lossless; {RequiredPercent}% required. Failures:\n" + string.Join("\n", failures));
    }
}
