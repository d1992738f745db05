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
/// Issue #17's acceptance: README's "Choices for your cluster" example built against the packed package — 1Password
/// (an item per app), a plain claim on Longhorn, an internal and a public workspace, an Anthropic key and an optional
/// Copilot seed. Its tree passes <c>kubectl kustomize</c> (and Flux's substitution), the upstream schemas, and the Pod
/// Security "restricted" profile for every container; it holds no value of this repository's own cluster. The pod
/// simulation and the real OpenCode server run on the same tree in <see cref="AcceptanceConsumerPodTests"/>.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class AcceptanceConsumerTests
{
    private static readonly IReadOnlyDictionary<string, string> ClusterSettings = new Dictionary<string, string> { ["CLUSTER_DOMAIN"] = "example.test" };

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public AcceptanceConsumerTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_tree_builds_with_kustomize_passes_the_schemas_and_every_container_is_restricted()
    {
        var kubectl = FluxBuild.RequireKubectl();
        var consumer = Consumer();
        var schemas = UpstreamSchemas.AppTemplate4;
        var objects = new List<JsonObject>();
        var namespaceFolder = Path.Combine(consumer.Folder, "clusters", "main", "apps", "opencode");
        var top = FluxBuild.Kustomize(kubectl, namespaceFolder);
        objects.AddRange(top);
        foreach (var ks in top.Where(o => FluxBuild.Kind(o) == "Kustomization"))
        {
            objects.AddRange(FluxBuild.App(kubectl, consumer.Folder, ks, "ConfigMap/cluster-settings", ClusterSettings, output.WriteLine));
        }

        foreach (var manifest in objects)
        {
            var id = $"{FluxBuild.Kind(manifest)}/{manifest["metadata"]!["name"]}";
            var errors = schemas.ValidateObject(manifest);
            Assert.True(errors.Count == 0, $"{id} fails its upstream schema:\n" + string.Join("\n", errors));
            if (FluxBuild.Kind(manifest) == "HelmRelease")
            {
                var values = manifest["spec"]!["values"]!;
                Assert.Empty(schemas.ValidateValues(values));
                var violations = RestrictedPodSecurity.Violations(values);
                Assert.True(violations.Count == 0, $"{id} would be refused under restricted:\n" + string.Join("\n", violations));
            }
        }

        var kinds = objects.GroupBy(FluxBuild.Kind).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", kinds.Select(k => $"{k.Key}: {k.Value}")));
        Assert.Equal(2, kinds["HelmRelease"]);
        Assert.Equal(2, kinds["PersistentVolumeClaim"]); // both plain claims, no VolSync
        Assert.Equal(3, kinds["ExternalSecret"]);        // two workspaces' own, and the optional Copilot seed's

        var ns = objects.Single(o => FluxBuild.Kind(o) == "Namespace");
        Assert.Equal("restricted", ns["metadata"]!["labels"]!["pod-security.kubernetes.io/enforce"]!.GetValue<string>());

        // 1Password: one item per workspace, one field per key.
        var notes = objects.Single(o => FluxBuild.Kind(o) == "ExternalSecret" && o["metadata"]!["name"]!.GetValue<string>() == "opencode-notes-secrets");
        var refs = notes["spec"]!["data"]!.AsArray().Select(d => (d!["remoteRef"]!["key"]!.GetValue<string>(), d["remoteRef"]!["property"]!.GetValue<string>())).ToList();
        Assert.Equal(new[] { ("opencode-notes", "GITHUB_PAT"), ("opencode-notes", "PASSWORD"), ("opencode-notes", "ANTHROPIC_API_KEY") }, refs);

        // The internal workspace on the internal gateway, the public one on the public gateway; both with the password.
        string Gateway(string release) => objects.Single(o => FluxBuild.Kind(o) == "HelmRelease" && o["metadata"]!["name"]!.GetValue<string>() == release)
            ["spec"]!["values"]!["route"]!["app"]!["parentRefs"]![0]!["name"]!.GetValue<string>();
        Assert.Equal(("internal", "external"), (Gateway("opencode-notes"), Gateway("opencode-blog")));
        foreach (var release in objects.Where(o => FluxBuild.Kind(o) == "HelmRelease"))
        {
            var env = release["spec"]!["values"]!["controllers"]!.AsObject().Single().Value!["containers"]!["app"]!["env"]!;
            Assert.NotNull(env["OPENCODE_SERVER_PASSWORD"]!["secretKeyRef"]);
            Assert.NotNull(env["ANTHROPIC_API_KEY"]!["secretKeyRef"]);
        }

        var everything = string.Concat(Directory.EnumerateFiles(consumer.TreeFolder, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var seedName in ConsumerScenarioTests.SeedClusterNames)
        {
            Assert.DoesNotContain(seedName, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Negative_control_the_restricted_check_refuses_a_container_without_its_settings()
    {
        var consumer = Consumer();
        var release = FluxBuild.Objects(consumer.Read("clusters/main/apps/opencode/opencode-blog/app/helmrelease.yaml")).Single();
        var values = release["spec"]!["values"]!;
        Assert.Empty(RestrictedPodSecurity.Violations(values));

        var noSeccomp = values.DeepClone();
        noSeccomp["controllers"]!["opencode-blog"]!["pod"]!["securityContext"]!.AsObject().Remove("seccompProfile");
        Assert.Equal(2, RestrictedPodSecurity.Violations(noSeccomp).Count(v => v.Contains("seccompProfile", StringComparison.Ordinal)));

        var escalating = values.DeepClone();
        escalating["controllers"]!["opencode-blog"]!["containers"]!["app"]!["securityContext"]!["allowPrivilegeEscalation"] = true;
        Assert.Contains(RestrictedPodSecurity.Violations(escalating), v => v.Contains("app: allowPrivilegeEscalation", StringComparison.Ordinal));

        var hostPath = values.DeepClone();
        hostPath["persistence"]!["node"] = new JsonObject { ["type"] = "hostPath", ["hostPath"] = "/var/lib" };
        Assert.Contains(RestrictedPodSecurity.Violations(hostPath), v => v.StartsWith("volume node:", StringComparison.Ordinal));
    }

    private ConsumerProject Consumer() => AcceptanceConsumer.Get(package, output.WriteLine);
}
