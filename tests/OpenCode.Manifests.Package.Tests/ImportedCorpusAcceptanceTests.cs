using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// Issue #13's acceptance, the way a user migrates: each cluster of both community corpora is imported with the
/// packed <c>ocm-import --project</c>, every project is built with one <c>dotnet build</c> against the packed package
/// (which runs the rules and emits each release's app folder), and every original app-template HelmRelease is compared
/// with the emitted <c>helmrelease.yaml</c>: the whole <c>spec</c> as Flux reads it (YAML 1.1 scalars, key order and
/// style aside). At least 99 % must be equal; every other release is listed with its reason. Prints both line totals.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ImportedCorpusAcceptanceTests(PackedPackage package, ITestOutputHelper output)
{
    private const double RequiredPercent = 99.0;

    private static readonly string[] Corpora = { "corpus-app-template-4x", "corpus-app-template-5x" };

    [Fact]
    public void Every_cluster_of_both_corpora_imported_built_and_emitted_gives_back_its_releases()
    {
        var tool = PackedImportTool.Get(package);
        var work = Path.Combine(tool.Work, "corpora");
        var clusters = new List<Cluster>();
        foreach (var corpus in Corpora)
        {
            var root = Path.Combine(RepositoryPaths.SharedReference, corpus);
            Assert.True(Directory.Exists(root), $"The community corpus is missing: {root}.");
            foreach (var folder in CorpusClusters.Folders(root))
            {
                var project = Path.Combine(work, corpus + "-" + Path.GetRelativePath(root, folder).Replace(Path.DirectorySeparatorChar, '-'), "Homelab");
                var run = Tools.Run(tool.Executable, new[] { folder, "--project", project, "--namespace", "Homelab" }, TimeSpan.FromMinutes(2), tool.Work);
                clusters.Add(new Cluster(corpus, folder, project, run.Stderr));
            }
        }

        // One build of every project: the SDK builds them in parallel, restores once, and each emits its tree.
        Assert.Equal(0, Dotnet.Run(work, "new", "sln", "--name", "Corpora").ExitCode);
        var add = Dotnet.Run(work, new[] { "sln", "Corpora.slnx", "add" }.Concat(clusters.Select(c => Path.Combine(c.Project, "Homelab.csproj"))).ToArray());
        Assert.True(add.ExitCode == 0, add.Output);
        var build = Dotnet.Run(work, "build", "Corpora.slnx", "-nologo", "-nodeReuse:false", "-clp:NoSummary");
        output.WriteLine($"dotnet build of {clusters.Count} projects: exit {build.ExitCode}, {build.Elapsed.TotalSeconds:F0} s");
        foreach (var line in build.ErrorLines)
        {
            output.WriteLine("  " + line);
        }

        var failures = new List<string>();
        var totals = new Dictionary<string, (int Equal, int All, long CSharp, long Yaml)>();
        foreach (var cluster in clusters)
        {
            var emitted = EmittedReleases(cluster.Project);
            foreach (var (file, original) in OriginalReleases(cluster.Folder))
            {
                var name = original["metadata"]?["name"]?.GetValue<string>() ?? "?";
                var described = Path.GetRelativePath(RepositoryPaths.SharedReference, file) + " (" + name + ")";
                var candidates = emitted.Where(e => e["metadata"]?["name"]?.GetValue<string>() == name).ToList();
                var equal = candidates.Any(e => JsonNode.DeepEquals(e["spec"], original["spec"]));
                if (!equal)
                {
                    failures.Add(described + ": " + Reason(cluster, file, name, candidates, original, build));
                }

                var (equalCount, all, csharp, yaml) = totals.GetValueOrDefault(cluster.Corpus);
                totals[cluster.Corpus] = (equalCount + (equal ? 1 : 0), all + 1, csharp, yaml + File.ReadAllLines(file).Length);
            }

            var (e2, a2, c2, y2) = totals.GetValueOrDefault(cluster.Corpus);
            totals[cluster.Corpus] = (e2, a2, c2 + Directory.EnumerateFiles(cluster.Project, "*.cs").Sum(f => (long)File.ReadAllLines(f).Length), y2);
        }

        foreach (var (corpus, (equalCount, all, csharp, yaml)) in totals)
        {
            output.WriteLine($"{corpus}: {equalCount}/{all} releases emitted equal to the original ({100.0 * equalCount / all:F1} %); C# {csharp} lines for YAML {yaml} lines.");
        }

        output.WriteLine($"failures: {failures.Count}");
        failures.ForEach(f => output.WriteLine("  " + f));
        Assert.Equal(177, totals["corpus-app-template-4x"].All);
        Assert.Equal(171, totals["corpus-app-template-5x"].All);
        var equalTotal = totals.Values.Sum(t => t.Equal);
        var allTotal = totals.Values.Sum(t => t.All);
        Assert.True(100.0 * equalTotal / allTotal >= RequiredPercent,
            $"{equalTotal}/{allTotal} releases equal; {RequiredPercent} % required. Failures:\n" + string.Join("\n", failures));
    }

    /// <summary>Every HelmRelease in the folder's YAML files (the corpora hold app-template releases only), as Flux reads it.</summary>
    private static IEnumerable<(string File, JsonNode Release)> OriginalReleases(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file => Documents(file).Select(document => (file, document)))
            .Where(pair => pair.document?["kind"]?.GetValue<string>() == "HelmRelease")
            .Select(pair => (pair.file, pair.document!));

    private static List<JsonNode> EmittedReleases(string project)
    {
        var apps = Path.Combine(project, "kubernetes", "apps");
        return Directory.Exists(apps)
            ? Directory.EnumerateFiles(apps, "helmrelease.yaml", SearchOption.AllDirectories).SelectMany(Documents).OfType<JsonNode>().ToList()
            : new List<JsonNode>();
    }

    private static IEnumerable<JsonNode?> Documents(string file)
    {
        IReadOnlyList<YamlNode> documents;
        try
        {
            documents = YamlToJson.Documents(file);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return Array.Empty<JsonNode?>(); // not a manifest Flux could read either
        }

        return documents.Select(YamlToJson.Convert);
    }

    /// <summary>Why a release did not come back: what the importer or the build said about it, or that its spec differs.</summary>
    private static string Reason(Cluster cluster, string file, string name, List<JsonNode> emitted, JsonNode original, DotnetResult build)
    {
        var said = cluster.ImportOutput.Split('\n').Where(l => l.Contains(file, StringComparison.Ordinal) && l.Contains(": error ", StringComparison.Ordinal)).ToList();
        if (said.Count > 0)
        {
            return "not imported: " + said[0].Trim();
        }

        if (emitted.Count > 0)
        {
            return "emitted, but its spec differs from the original at " + FirstDifference(original["spec"], emitted[0]["spec"], "spec");
        }

        var projectErrors = build.ErrorLines.Where(l => l.Contains(cluster.Project, StringComparison.Ordinal)).ToList();
        return projectErrors.Count > 0
            ? "not emitted: the cluster's build failed: " + string.Join(" | ", projectErrors.Take(3))
            : "not emitted";
    }

    /// <summary>The first path where two JSON trees differ, with both values.</summary>
    private static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject left, JsonObject right):
                foreach (var key in left.Select(p => p.Key).Union(right.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!JsonNode.DeepEquals(left[key], right[key]))
                    {
                        return FirstDifference(left[key], right[key], path + "." + key);
                    }
                }

                break;
            case (JsonArray left, JsonArray right) when left.Count == right.Count:
                for (var i = 0; i < left.Count; i++)
                {
                    if (!JsonNode.DeepEquals(left[i], right[i]))
                    {
                        return FirstDifference(left[i], right[i], path + "[" + i + "]");
                    }
                }

                break;
        }

        return $"{path}: original {expected?.ToJsonString() ?? "absent"} ({expected?.GetValueKind().ToString() ?? "-"}), emitted {actual?.ToJsonString() ?? "absent"} ({actual?.GetValueKind().ToString() ?? "-"})";
    }

    private sealed record Cluster(string Corpus, string Folder, string Project, string ImportOutput);
}
