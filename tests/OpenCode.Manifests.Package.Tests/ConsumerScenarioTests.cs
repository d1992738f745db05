using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// Another homelab repository adds one PackageReference, writes its own conventions and a workspace, and
/// <c>dotnet build</c> gives it a correct tree and the same errors as this repository.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ConsumerScenarioTests
{
    private static readonly string[] EmittedFiles =
    {
        "kustomization.yaml",
        "namespace.yaml",
        "opencode-notes/README.md",
        "opencode-notes/ks.yaml",
        "opencode-notes/app/externalsecret.yaml",
        "opencode-notes/app/helmrelease.yaml",
        "opencode-notes/app/kustomization.yaml",
        "opencode-notes/app/ocirepository.yaml",
    };

    private static readonly string[] LinkdingFiles =
    {
        "kustomization.yaml",
        "namespace.yaml",
        "linkding/README.md",
        "linkding/ks.yaml",
        "linkding/app/externalsecret.yaml",
        "linkding/app/helmrelease.yaml",
        "linkding/app/kustomization.yaml",
        "linkding/app/ocirepository.yaml",
        "linkding/app/pvc.yaml",
    };

    /// <summary>Names of this repository's own (seed) cluster, which a consumer's tree must never contain.</summary>
    internal static readonly string[] SeedClusterNames =
    {
        "home-kubernetes", "rook-ceph", "ceph-block", "doppler", "SECRET_DOMAIN", "external-secrets-stores", "envoy-external",
    };

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public ConsumerScenarioTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
        Log($"package {package.Version} packed in {package.Pack.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void The_consumer_build_emits_its_tree_with_its_own_conventions_and_types_its_own_chart()
    {
        var (consumer, build) = SharedConsumer.Get(package, c => Build(c, "first build"));
        Assert.True(build.ExitCode == 0, "the consumer build failed:\n" + build.Output);
        Assert.Contains("OpenCode.Manifests: 2 apps, 17 files written", build.Output, StringComparison.Ordinal); // 15 manifests and a README.md per app

        // The apps path is the consumer's: clusters/main/apps, not kubernetes/apps.
        Assert.Equal(EmittedFiles.OrderBy(f => f, StringComparer.Ordinal), TreeFiles(consumer.AppsFolder));
        Assert.False(Directory.Exists(Path.Combine(consumer.Folder, "kubernetes", "apps")), "the default apps path was used");

        var ks = Yaml(consumer, "opencode-notes/ks.yaml");
        Assert.Equal("./clusters/main/apps/opencode/opencode-notes/app", Scalar(ks, "spec", "path"));
        var substituteFrom = Assert.Single(Sequence(ks, "spec", "postBuild", "substituteFrom"));
        Assert.Equal("ConfigMap", Scalar(substituteFrom, "kind"));
        Assert.Equal("cluster-settings", Scalar(substituteFrom, "name"));

        var externalSecret = Yaml(consumer, "opencode-notes/app/externalsecret.yaml");
        Assert.Equal("ClusterSecretStore", Scalar(externalSecret, "spec", "secretStoreRef", "kind"));
        Assert.Equal("onepassword-connect", Scalar(externalSecret, "spec", "secretStoreRef", "name"));

        var helmRelease = Yaml(consumer, "opencode-notes/app/helmrelease.yaml");
        var route = Node(helmRelease, "spec", "values", "route", "app");
        var parent = Assert.Single(Sequence(route, "parentRefs"));
        Assert.Equal("internal", Scalar(parent, "name"));
        Assert.Equal("gateway-system", Scalar(parent, "namespace"));
        Assert.Equal("https-internal", Scalar(parent, "sectionName"));
        Assert.Equal("notes.agents.${CLUSTER_DOMAIN}", ((YamlScalarNode)Assert.Single(Sequence(route, "hostnames"))).Value);
        Assert.NotNull(Node(helmRelease, "spec", "values", "persistence", "scratch"));

        // The app that is not a workspace: its own namespace folder, chart source, HelmRelease, ExternalSecret and claim.
        Assert.Equal(LinkdingFiles.OrderBy(f => f, StringComparer.Ordinal), TreeFiles(consumer.BookmarksFolder));
        var linkdingRelease = YamlAt(consumer.BookmarksFolder, "linkding/app/helmrelease.yaml");
        Assert.Equal("linkding-data", Scalar(linkdingRelease, "spec", "values", "persistence", "data", "existingClaim"));
        Assert.Equal("links.${CLUSTER_DOMAIN}", ((YamlScalarNode)Assert.Single(Sequence(linkdingRelease, "spec", "values", "route", "app", "hostnames"))).Value);
        var claim = YamlAt(consumer.BookmarksFolder, "linkding/app/pvc.yaml");
        Assert.Equal("longhorn", Scalar(claim, "spec", "storageClassName"));
        Assert.Equal("5Gi", Scalar(claim, "spec", "resources", "requests", "storage"));
        var linkdingSecret = YamlAt(consumer.BookmarksFolder, "linkding/app/externalsecret.yaml");
        Assert.Equal("onepassword-connect", Scalar(linkdingSecret, "spec", "secretStoreRef", "name"));
        var linkdingKs = YamlAt(consumer.BookmarksFolder, "linkding/ks.yaml");
        Assert.Equal("./clusters/main/apps/bookmarks/linkding/app", Scalar(linkdingKs, "spec", "path"));
        Assert.Equal("flux-system", Scalar(linkdingKs, "spec", "sourceRef", "name"));
        Assert.Contains("linkding/ks.yaml", consumer.Read("clusters/main/apps/bookmarks/kustomization.yaml"), StringComparison.Ordinal);

        // Nothing of this repository's own cluster reaches a consumer's tree.
        var everything = string.Concat(Directory.EnumerateFiles(consumer.TreeFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var seedName in SeedClusterNames)
        {
            Assert.DoesNotContain(seedName, everything, StringComparison.Ordinal);
        }

        // The VolSync template path is relative to the consumer's deeper apps folder.
        Assert.Contains("../../../../../../kubernetes/templates/volsync", consumer.Read("clusters/main/apps/opencode/opencode-notes/app/kustomization.yaml"), StringComparison.Ordinal);

        // Any chart: the consumer's own values.schema.json (a ChartValuesSchema item) became typed values, which its
        // Greeter.cs uses (the build above compiled it).
        var types = TypesWithProperties(Path.Combine(consumer.Folder, "bin", "Debug", "net10.0", "Homelab.Workspaces.dll"));
        Assert.True(types.ContainsKey("Homelab.Charts.Greeter.GreeterValues"), "no GreeterValues in the consumer: " + string.Join(", ", types.Keys));
        Assert.Superset(new HashSet<string> { "ReplicaCount", "Message", "Service" }, types["Homelab.Charts.Greeter.GreeterValues"]);
        Assert.Single(types, t => t.Value.Contains("Port") && t.Value.Contains("Type")); // the nested service object
    }

    [Fact]
    public void Negative_control_every_seed_cluster_name_is_found_in_this_repositorys_own_tree()
    {
        // The consumer check above can fail: each name it looks for is in the seed cluster's committed tree.
        var seedTree = string.Concat(Directory.EnumerateFiles(Repo.File("workspaces/kubernetes"), "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(SeedClusterNames, name => Assert.Contains(name, seedTree, StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_workspace_is_pruned_hand_written_files_survive_and_check_mode_lists_drift()
    {
        var consumer = NewConsumer();
        consumer.Write("Workspaces.cs", ConsumerProject.WorkspacesSource(withSecondWorkspace: true));
        var both = Build(consumer, "build with two workspaces");
        Assert.True(both.ExitCode == 0, "the build with two workspaces failed:\n" + both.Output);
        Assert.Contains("opencode-media/app/helmrelease.yaml", TreeFiles(consumer.AppsFolder));

        // Hand-written files next to generated ones: in the removed workspace's own folder and in the namespace folder.
        consumer.Write("clusters/main/apps/opencode/opencode-media/app/NOTES.md", "kept by hand\n");
        consumer.Write("clusters/main/apps/opencode/extra.yaml", "---\n# hand-written\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n");

        consumer.Write("Workspaces.cs", ConsumerProject.WorkspacesSource());
        var one = Build(consumer, "build after removing a workspace");
        Assert.True(one.ExitCode == 0, "the build after removing a workspace failed:\n" + one.Output);
        Assert.Contains("6 pruned", one.Output, StringComparison.Ordinal); // ks.yaml, four app files and the README with its diagram
        var remaining = TreeFiles(consumer.AppsFolder);
        Assert.DoesNotContain(remaining, f => f.StartsWith("opencode-media/", StringComparison.Ordinal) && f != "opencode-media/app/NOTES.md");
        Assert.Equal("kept by hand\n", consumer.Read("clusters/main/apps/opencode/opencode-media/app/NOTES.md"));
        Assert.Contains("name: extra", consumer.Read("clusters/main/apps/opencode/extra.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("opencode-media", consumer.Read("clusters/main/apps/opencode/kustomization.yaml"), StringComparison.Ordinal);

        var clean = Build(consumer, "check build on a clean tree", "-p:OpenCodeManifestsCheck=true");
        Assert.True(clean.ExitCode == 0, "check mode failed on a clean tree:\n" + clean.Output);

        // Drift of every kind: an edited file, a deleted file, and a stale generated file put back by hand.
        var helmRelease = Path.Combine(consumer.AppsFolder, "opencode-notes", "app", "helmrelease.yaml");
        File.WriteAllText(helmRelease, File.ReadAllText(helmRelease).Replace("port: 4096", "port: 4097", StringComparison.Ordinal));
        File.Delete(Path.Combine(consumer.AppsFolder, "opencode-notes", "app", "externalsecret.yaml"));
        var staleSource = Path.Combine(consumer.AppsFolder, "opencode-notes", "ks.yaml");
        Directory.CreateDirectory(Path.Combine(consumer.AppsFolder, "opencode-old"));
        File.Copy(staleSource, Path.Combine(consumer.AppsFolder, "opencode-old", "ks.yaml"));
        var stamp = File.GetLastWriteTimeUtc(helmRelease);

        var check = Build(consumer, "check build on a drifted tree", "-p:OpenCodeManifestsCheck=true");
        Assert.True(check.ExitCode != 0, "check mode passed on a drifted tree:\n" + check.Output);
        var errors = string.Join("\n", check.ErrorLines).Replace('\\', '/');
        Assert.Matches(@"opencode-notes/app/helmrelease\.yaml ?: error OCM3002", errors);
        Assert.Matches(@"opencode-notes/app/externalsecret\.yaml ?: error OCM3003", errors);
        Assert.Matches(@"opencode-old/ks\.yaml ?: error OCM3004", errors);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(helmRelease));
        Assert.False(File.Exists(Path.Combine(consumer.AppsFolder, "opencode-notes", "app", "externalsecret.yaml")), "check mode wrote a file");
    }

    [Fact]
    public void A_wrong_reference_fails_the_consumer_build_at_its_file_and_line()
    {
        var consumer = NewConsumer();

        // A typo in a handle: the compiler stops it.
        consumer.Write("Workspaces.cs", ConsumerProject.WorkspacesSource().Replace("scratch.MountInto(app.Server,", "scratch.MountInto(app.Sever,", StringComparison.Ordinal));
        var typo = Build(consumer, "build with a mistyped handle");
        Assert.True(typo.ExitCode != 0, "a mistyped handle compiled:\n" + typo.Output);
        AssertError(typo, consumer, "CS1061", consumer.LineOf("Workspaces.cs", "app.Sever"), "'Sever'");

        // A secret key nobody declares: the build-time rules stop it, at the line that asked for it.
        consumer.Write("Workspaces.cs", ConsumerProject.WorkspacesSource(extraCustomizeLines: "        app.Server.SetEnv(\"TOKEN\", app.Secret[\"NOPE\"]);\n"));
        var missingKey = Build(consumer, "build with an undeclared secret key");
        Assert.True(missingKey.ExitCode != 0, "an undeclared secret key built:\n" + missingKey.Output);
        AssertError(missingKey, consumer, "OCM2002", consumer.LineOf("Workspaces.cs", "app.Secret[\"NOPE\"]"), "'NOPE'");
        Assert.False(Directory.Exists(consumer.AppsFolder), "a failed build wrote a tree");
    }

    private void AssertError(DotnetResult build, ConsumerProject consumer, string id, int line, string messagePart)
    {
        var expectedFile = Path.Combine(consumer.Folder, "Workspaces.cs");
        var matches = build.ErrorLines
            .Select(l => Regex.Match(l, @"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): error (?<id>[A-Z]+\d+): (?<message>.*)$"))
            .Where(m => m.Success && m.Groups["id"].Value == id)
            .ToList();
        Assert.True(matches.Count > 0, $"no {id} in:\n{string.Join("\n", build.ErrorLines)}");
        Assert.All(matches, m =>
        {
            Assert.Equal(expectedFile, m.Groups["file"].Value);
            Assert.Equal(line, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(messagePart, m.Groups["message"].Value, StringComparison.Ordinal);
        });
    }

    private ConsumerProject NewConsumer() => new(package.NewFolder("consumer"), package.Version, Repo.Feed);

    private DotnetResult Build(ConsumerProject consumer, string what, params string[] extra)
    {
        var result = consumer.Build(extra);
        Log($"{what}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1} s");
        foreach (var line in result.ErrorLines)
        {
            Log("  " + line);
        }

        return result;
    }

    private static List<string> TreeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    private static YamlNode Yaml(ConsumerProject consumer, string relativeToApps) => YamlAt(consumer.AppsFolder, relativeToApps);

    private static YamlNode YamlAt(string folder, string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(folder, relativePath))));
        return stream.Documents.Single().RootNode;
    }

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var child), $"no '{key}' in {string.Join('.', path)}");
            node = child!;
        }

        return node;
    }

    private static string? Scalar(YamlNode node, params string[] path) => Assert.IsType<YamlScalarNode>(Node(node, path)).Value;

    private static IReadOnlyList<YamlNode> Sequence(YamlNode node, params string[] path) => Assert.IsType<YamlSequenceNode>(Node(node, path)).Children.ToList();

    /// <summary>Type full names and their property names, read from the assembly's metadata (nothing is loaded).</summary>
    private static Dictionary<string, HashSet<string>> TypesWithProperties(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
            result[name] = type.GetProperties().Select(p => metadata.GetString(metadata.GetPropertyDefinition(p).Name)).ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine("[package] " + line);
    }
}
