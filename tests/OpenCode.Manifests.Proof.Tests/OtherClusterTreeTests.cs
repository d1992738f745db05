using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue #17 item 6: the other cluster's workspace tree (see <see cref="OtherClusterTree"/>) read as Flux reads it —
/// <c>kubectl kustomize</c> of the namespace folder and of the app folder its ks.yaml names, Flux's substitution from
/// the cluster-settings ConfigMap — passes the upstream schemas and the Pod Security restricted profile. The pod
/// simulation and the real server run on it in <see cref="GitSyncTests"/> and <see cref="OpenCodeServerTests"/>.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class OtherClusterTreeTests
{
    private readonly ITestOutputHelper output;

    public OtherClusterTreeTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_tree_builds_with_kustomize_and_passes_the_schemas_and_restricted() =>
        BuildsAndPasses(OtherClusterTree.Root, OtherClusterTree.NamespaceFolder, UpstreamSchemas.AppTemplate4);

    /// <summary>Issue #12: the same cluster on app-template 5.1.0, its values judged by the upstream common 5.1.0 schema (draft 2020-12).</summary>
    [Fact]
    public void The_5x_tree_builds_with_kustomize_and_passes_the_5_1_0_schemas_and_restricted()
    {
        var values = BuildsAndPasses(OtherClusterTree.Root5, OtherClusterTree.NamespaceFolder5, UpstreamSchemas.AppTemplate5);
        Assert.False(values["controllers"]![OtherClusterTree.Workspace]!["pod"]!["automountServiceAccountToken"]!.GetValue<bool>());

        // Negative control: the 4.x schema is not what passed it (5.x values carry nothing 4.4.0 refuses here, so the
        // 5.x schema must refuse a 4.x-only shape on the same tree's values).
        var rawAs4 = values.DeepClone();
        rawAs4["rawResources"] = JsonNode.Parse("""{"extra":{"apiVersion":"v1","kind":"ConfigMap","spec":{"data":{"a":"b"}}}}""");
        Assert.NotEmpty(UpstreamSchemas.AppTemplate5.ValidateValues(rawAs4));
    }

    private JsonNode BuildsAndPasses(string root, string namespaceFolder, UpstreamSchemas schemas)
    {
        var kubectl = Tools.Require("kubectl", "apt-get install kubectl (base image), or the Debian package kubernetes-client");
        var top = Kustomize(kubectl, namespaceFolder, new Dictionary<string, string>());
        var ks = top.Single(o => o["kind"]!.GetValue<string>() == "Kustomization");
        Assert.Equal("ConfigMap/cluster-settings", $"{ks["spec"]!["postBuild"]!["substituteFrom"]![0]!["kind"]}/{ks["spec"]!["postBuild"]!["substituteFrom"]![0]!["name"]}");
        var app = Kustomize(kubectl, Path.Combine(root, ks["spec"]!["path"]!.GetValue<string>()), new Dictionary<string, string> { ["CLUSTER_DOMAIN"] = "example.test" });

        foreach (var manifest in top.Concat(app))
        {
            var id = $"{manifest["kind"]}/{manifest["metadata"]!["name"]}";
            var errors = schemas.ValidateObject(manifest);
            Assert.True(errors.Count == 0, $"{id} fails its upstream schema:\n" + string.Join("\n", errors));
            if (manifest["kind"]!.GetValue<string>() == "HelmRelease")
            {
                Assert.Empty(schemas.ValidateValues(manifest["spec"]!["values"]!));
                var violations = RestrictedPodSecurity.Violations(manifest["spec"]!["values"]!);
                Assert.True(violations.Count == 0, string.Join("\n", violations));
            }

            output.WriteLine($"{id}: valid");
        }

        Assert.Contains(app, o => o["kind"]!.GetValue<string>() == "PersistentVolumeClaim");
        Assert.Equal("restricted", top.Single(o => o["kind"]!.GetValue<string>() == "Namespace")["metadata"]!["labels"]!["pod-security.kubernetes.io/enforce"]!.GetValue<string>());
        var oci = app.Single(o => o["kind"]!.GetValue<string>() == "OCIRepository");
        Assert.Equal(schemas.AppTemplateVersion == "4.4.0" ? "4.4.0" : OtherClusterTree.Chart5Version, oci["spec"]!["ref"]!["tag"]!.GetValue<string>());
        return app.Single(o => o["kind"]!.GetValue<string>() == "HelmRelease")["spec"]!["values"]!;
    }

    private List<JsonObject> Kustomize(string kubectl, string folder, IReadOnlyDictionary<string, string> variables)
    {
        var run = Tools.Run(kubectl, new[] { "kustomize", folder }, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"kubectl kustomize {folder} failed:\n{run}");
        var text = FluxSubstitution.Apply(run.Stdout, variables);
        output.WriteLine(text);
        Assert.DoesNotContain("${", text, StringComparison.Ordinal);
        return YamlToJson.DocumentsOfText(text).Select(d => Assert.IsType<JsonObject>(YamlToJson.Convert(d))).ToList();
    }
}
