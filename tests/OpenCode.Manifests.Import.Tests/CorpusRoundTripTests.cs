using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// Our own corpus (<c>Corpus/*.yaml</c>: cronjob, job, daemonset, statefulset with volumeClaimTemplates, several
/// controllers, init and sidecar containers, configMaps and secrets, ingress and route, custom probes, env in list
/// and map forms, secret/configMap/hostPath/nfs/emptyDir/PVC/image/custom volumes, Flux placeholders, unknown keys):
/// each file is imported, compiled, run and compared with its input values. The whole folder is one import and one
/// compilation; each file is its own test case.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class CorpusRoundTripTests(ITestOutputHelper output)
{
    private static readonly Lazy<(ImportResult Import, IReadOnlyDictionary<string, RoundTripOutcome> Outcomes)> Results = new(() =>
    {
        var import = new HelmReleaseImporter(new ImportOptions { Namespace = "Corpus" }).ImportPath(RepoPaths.Corpus);
        var outcomes = ImportRoundTrip.Run(import.Releases, release => Path.GetFileName(release.Document.File), import.ProjectChart);
        return (import, outcomes.ToDictionary(o => o.Name, StringComparer.Ordinal));
    });

    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.EnumerateFiles(RepoPaths.Corpus, "*.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_round_trips_losslessly(string fileName)
    {
        var (import, outcomes) = Results.Value;
        var file = Path.Combine(RepoPaths.Corpus, fileName);
        Assert.DoesNotContain(import.Diagnostics, d => d.IsError && d.File == file);
        Assert.Single(import.Releases, r => r.Document.File == file);
        Assert.True(outcomes.TryGetValue(fileName, out var outcome), $"{fileName} was not imported.");
        output.WriteLine(outcome!.ToString());
        foreach (var note in import.Diagnostics.Where(d => d.File == file))
        {
            output.WriteLine(note.ToString());
        }

        Assert.True(outcome.IsLossless, outcome.ToString() + "\n--- generated\n" + import.Releases.Single(r => r.Document.File == file).Source);
        Assert.Equal(0, outcome.LenientMatches);
    }

    [Fact]
    public void Corpus_has_at_least_30_files_and_all_are_lossless()
    {
        var (import, outcomes) = Results.Value;
        var files = CorpusFiles().Count();
        Assert.True(files >= 30, $"the corpus has {files} files; at least 30 are required");
        var lossless = outcomes.Values.Count(o => o.IsLossless);
        output.WriteLine($"{lossless}/{files} corpus files round-trip losslessly ({100.0 * lossless / files:F1}%).");
        Assert.True(100.0 * lossless / files >= 95.0, string.Join("\n", outcomes.Values.Where(o => !o.IsLossless)));
        Assert.Equal(files, import.Releases.Count);
    }
}
