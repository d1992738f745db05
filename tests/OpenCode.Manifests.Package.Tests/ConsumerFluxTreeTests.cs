using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// The consumer's tree (its own conventions, an OpenCode workspace and the non-OpenCode app linkding) read as Flux
/// reads it: <c>kubectl kustomize</c> builds each namespace folder and each app folder its <c>ks.yaml</c> names, Flux's
/// post-build substitution runs with that <c>ks.yaml</c>'s variables, and every resulting object passes its upstream
/// CRD or core schema, each HelmRelease's values the app-template values schema of the version the tree pins.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ConsumerFluxTreeTests
{
    /// <summary>
    /// The consumer's cluster-wide variables, which its ks.yaml files read from the ConfigMap its conventions name
    /// (<c>ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", …)</c>); test values.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> ClusterSettings = new Dictionary<string, string>
    {
        ["CLUSTER_DOMAIN"] = "example.test",
    };

    /// <summary>The VolSync template path the consumer's conventions name, read from its Flux source root.</summary>
    private const string VolSyncTemplatePath = "kubernetes/templates/volsync";

    private const string ClusterSettingsObject = "ConfigMap/cluster-settings";

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public ConsumerFluxTreeTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void Every_folder_builds_with_kubectl_kustomize_and_every_object_passes_the_upstream_schemas()
    {
        var kubectl = FluxBuild.RequireKubectl();
        var consumer = FluxRoot();
        var schemas = UpstreamSchemas.AppTemplate4;
        var validated = new List<string>();

        var namespaceFolders = Directory.GetDirectories(Path.Combine(consumer.Folder, "clusters", "main", "apps"))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(new[] { "bookmarks", "opencode" }, namespaceFolders.Select(Path.GetFileName));
        foreach (var namespaceFolder in namespaceFolders)
        {
            var objects = Kustomize(kubectl, namespaceFolder);
            Assert.Single(objects, o => Kind(o) == "Namespace");
            var fluxKustomizations = objects.Where(o => Kind(o) == "Kustomization").ToList();
            Assert.NotEmpty(fluxKustomizations);
            foreach (var manifest in objects)
            {
                AssertValid(schemas, manifest, validated);
            }

            foreach (var ks in fluxKustomizations)
            {
                foreach (var manifest in BuildApp(kubectl, consumer, ks))
                {
                    AssertValid(schemas, manifest, validated);
                }
            }
        }

        output.WriteLine("validated:\n" + string.Join("\n", validated));

        // What the tree holds, by kind: both apps' Flux folders, both claims (linkding's own, the workspace's from the
        // VolSync template), and the two releases whose values went through the app-template schema.
        var kinds = validated.Select(v => v[..v.IndexOf('/', StringComparison.Ordinal)]).ToList();
        Assert.Equal(2, kinds.Count(k => k == "Namespace"));
        Assert.Equal(2, kinds.Count(k => k == "Kustomization"));
        Assert.Equal(2, kinds.Count(k => k == "OCIRepository"));
        Assert.Equal(2, kinds.Count(k => k == "HelmRelease"));
        Assert.Equal(2, kinds.Count(k => k == "HelmRelease.values"));
        Assert.Equal(2, kinds.Count(k => k == "ExternalSecret"));
        Assert.Equal(2, kinds.Count(k => k == "PersistentVolumeClaim"));
    }

    [Fact]
    public void Negative_control_a_misspelled_field_fails_the_upstream_schemas()
    {
        var kubectl = FluxBuild.RequireKubectl();
        var consumer = FluxRoot();
        var schemas = UpstreamSchemas.AppTemplate4;
        var ks = Kustomize(kubectl, Path.Combine(consumer.Folder, "clusters", "main", "apps", "bookmarks"))
            .Single(o => Kind(o) == "Kustomization");
        var objects = BuildApp(kubectl, consumer, ks);

        // The same objects pass unchanged: only the misspelling fails them.
        var claim = objects.Single(o => Kind(o) == "PersistentVolumeClaim");
        Assert.Empty(schemas.ValidateObject(claim));
        var spec = claim["spec"]!.AsObject();
        var storageClass = spec["storageClassName"]!.DeepClone();
        spec.Remove("storageClassName");
        spec["storageClasName"] = storageClass;
        var claimErrors = schemas.ValidateObject(claim);
        output.WriteLine(string.Join("\n", claimErrors));
        Assert.NotEmpty(claimErrors);

        var values = objects.Single(o => Kind(o) == "HelmRelease")["spec"]!["values"]!;
        Assert.Empty(schemas.ValidateValues(values));
        var data = values["persistence"]!["data"]!.AsObject();
        var existingClaim = data["existingClaim"]!.DeepClone();
        data.Remove("existingClaim");
        data["existingClaimm"] = existingClaim;
        var valuesErrors = schemas.ValidateValues(values);
        output.WriteLine(string.Join("\n", valuesErrors));
        Assert.NotEmpty(valuesErrors);
    }

    /// <summary>
    /// The shared consumer, built, with the VolSync template fixture at the path its conventions name (outside the
    /// emitted tree, which the seed-name check reads): the consumer folder is the Flux source root.
    /// </summary>
    private ConsumerProject FluxRoot()
    {
        var (consumer, build) = SharedConsumer.Get(package, c =>
        {
            var result = c.Build();
            output.WriteLine($"consumer build: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1} s");
            return result;
        });
        Assert.True(build.ExitCode == 0, "the consumer build failed:\n" + build.Output);
        Assert.Contains("../../../../../../" + VolSyncTemplatePath,
            consumer.Read("clusters/main/apps/opencode/opencode-notes/app/kustomization.yaml"), StringComparison.Ordinal);
        if (!Directory.Exists(Path.Combine(consumer.Folder, VolSyncTemplatePath)))
        {
            VolSyncTemplateFixture.CopyInto(consumer.Folder, VolSyncTemplatePath);
        }

        return consumer;
    }

    private List<JsonObject> BuildApp(string kubectl, ConsumerProject consumer, JsonObject ks) =>
        FluxBuild.App(kubectl, consumer.Folder, ks, ClusterSettingsObject, ClusterSettings, output.WriteLine);

    private static List<JsonObject> Kustomize(string kubectl, string folder) => FluxBuild.Kustomize(kubectl, folder);

    private static string Kind(JsonObject manifest) => FluxBuild.Kind(manifest);

    /// <summary>
    /// Validates one object against its upstream schema, and a HelmRelease's values against app-template's. The
    /// VolSync template's ReplicationSource is the fixture's, not the tree's, and the reference catalog holds no
    /// schema for it: it is the one object passed over, by apiVersion.
    /// </summary>
    private static void AssertValid(UpstreamSchemas schemas, JsonObject manifest, List<string> validated)
    {
        var apiVersion = manifest["apiVersion"]!.GetValue<string>();
        var id = $"{Kind(manifest)}/{manifest["metadata"]!["name"]}";
        if (apiVersion.StartsWith("volsync.backube/", StringComparison.Ordinal))
        {
            return;
        }

        var errors = schemas.ValidateObject(manifest);
        Assert.True(errors.Count == 0, $"{id} ({apiVersion}) fails its upstream schema:\n{string.Join("\n", errors)}");
        validated.Add(id);
        if (Kind(manifest) == "OCIRepository")
        {
            Assert.Equal(schemas.AppTemplateVersion, manifest["spec"]!["ref"]!["tag"]!.GetValue<string>());
        }

        if (Kind(manifest) == "HelmRelease")
        {
            var valueErrors = schemas.ValidateValues(manifest["spec"]!["values"]!);
            Assert.True(valueErrors.Count == 0, $"{id}: values fail app-template {schemas.AppTemplateVersion}:\n{string.Join("\n", valueErrors)}");
            validated.Add($"HelmRelease.values/{manifest["metadata"]!["name"]}");
        }
    }
}
