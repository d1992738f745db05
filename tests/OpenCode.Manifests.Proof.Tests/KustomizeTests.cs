using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue item 4 (kustomize): <c>kubectl kustomize</c> builds every <c>app/</c> folder (the volsync template
/// stood in by a fixture) and the namespace-level kustomization; after Flux's post-build substitution every
/// variable is resolved, the PVC the HelmRelease claims exists, and the init script reaches the pod unchanged.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class KustomizeTests
{
    private readonly ITestOutputHelper output;

    public KustomizeTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Workspaces => SeedTree.Workspaces;

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void The_app_folder_builds_and_substitutes_into_what_the_release_needs(string workspace)
    {
        using var harness = new KustomizeHarness();
        output.WriteLine(Tools.Version(harness.Kubectl, "version", "--client"));
        var objects = harness.BuildAndSubstitute(workspace, out var text);
        output.WriteLine(text);

        Assert.DoesNotContain("${", text);
        var kinds = objects.Select(o => $"{o["kind"]}/{o["metadata"]!["name"]}").OrderBy(k => k).ToList();
        output.WriteLine(string.Join("\n", kinds));

        var pod = EmittedPod.Read(SeedTree.Tree, workspace);
        var claim = pod.ExistingClaim("data");
        var pvc = objects.SingleOrDefault(o => o["kind"]!.GetValue<string>() == "PersistentVolumeClaim" && o["metadata"]!["name"]!.GetValue<string>() == claim);
        Assert.True(pvc is not null, $"the release claims PVC '{claim}', which the build does not produce: {string.Join(", ", kinds)}");
        var capacity = SeedTree.Tree.FluxKustomization(workspace)["spec"]!["postBuild"]!["substitute"]!["VOLSYNC_CAPACITY"]!.GetValue<string>();
        Assert.Equal(capacity, pvc!["spec"]!["resources"]!["requests"]!["storage"]!.GetValue<string>());
        var pvcErrors = UpstreamSchemas.AppTemplate4.ValidateObject(pvc);
        Assert.True(pvcErrors.Count == 0, "the substituted PVC is invalid:\n" + string.Join("\n", pvcErrors));

        // The init script survives substitution byte for byte: Flux rewrites every ${…} in what it applies.
        var release = objects.Single(o => o["kind"]!.GetValue<string>() == "HelmRelease");
        var script = release["spec"]!["values"]!["controllers"]![pod.ControllerId]!["initContainers"]!["git-sync"]!["command"]![2]!.GetValue<string>();
        Assert.Equal(File.ReadAllText(Repo.GitSyncScript).Replace("\r\n", "\n"), script);

        // Everything else in the release reaches the cluster as emitted, but the hostname variable.
        var emitted = SeedTree.Tree.HelmRelease(workspace);
        foreach (var (key, value) in emitted["spec"]!["values"]!.AsObject())
        {
            if (key == "route")
            {
                continue;
            }

            Assert.True(JsonNode.DeepEquals(value, release["spec"]!["values"]![key]), $"values.{key} changed under substitution");
        }

        var host = release["spec"]!["values"]!["route"]!["app"]!["hostnames"]![0]!.GetValue<string>();
        Assert.EndsWith("." + KustomizeHarness.ClusterSettings["SECRET_DOMAIN"], host);
    }

    [Fact]
    public void The_namespace_kustomization_builds_and_each_flux_path_exists()
    {
        using var harness = new KustomizeHarness();
        var run = harness.Build(harness.NamespaceFolder);
        Assert.True(run.ExitCode == 0, $"kubectl kustomize failed:\n{run}");
        output.WriteLine(run.Stdout);
        var objects = YamlToJson.DocumentsOfText(run.Stdout).Select(d => (JsonObject)YamlToJson.Convert(d)!).ToList();
        Assert.Contains(objects, o => o["kind"]!.GetValue<string>() == "Namespace");
        var flux = objects.Where(o => o["kind"]!.GetValue<string>() == "Kustomization").ToList();
        Assert.Equal(SeedTree.Tree.WorkspaceNames(), flux.Select(k => k["metadata"]!["name"]!.GetValue<string>()).OrderBy(n => n).ToList());
        foreach (var ks in flux)
        {
            var path = ks["spec"]!["path"]!.GetValue<string>();
            var folder = Path.GetFullPath(Path.Combine(harness.Root, path));
            Assert.True(File.Exists(Path.Combine(folder, "kustomization.yaml")), $"{ks["metadata"]!["name"]}: spec.path {path} is not a kustomization in the repository");
            Assert.Equal(ks["spec"]!["targetNamespace"]!.GetValue<string>(), objects.Single(o => o["kind"]!.GetValue<string>() == "Namespace")["metadata"]!["name"]!.GetValue<string>());
        }
    }

    // ---- negative controls ----

    [Fact]
    public void Negative_control_a_broken_kustomization_fails_to_build()
    {
        using var harness = new KustomizeHarness();
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        var file = Path.Combine(harness.AppFolder(workspace), "kustomization.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("./helmrelease.yaml", "./helmrelase.yaml"));
        var run = harness.Build(harness.AppFolder(workspace));
        output.WriteLine(run.ToString());
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public void Negative_control_the_missing_volsync_template_fails_to_build()
    {
        using var harness = new KustomizeHarness();
        Directory.Delete(Path.Combine(harness.Root, "kubernetes", "templates", "volsync"), recursive: true);
        var run = harness.Build(harness.AppFolder(SeedTree.Tree.WorkspaceNames()[0]));
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public void Negative_control_substitution_rewrites_brace_expansions_and_rejects_non_names()
    {
        var variables = new Dictionary<string, string> { ["APP"] = "x" };
        Assert.Equal("name: x-y $HOME $1 ${APP} empty=", FluxSubstitution.Apply("name: ${APP}-${B:=y} $HOME $1 $${APP} empty=${UNSET}", variables));
        Assert.Throws<System.FormatException>(() => FluxSubstitution.Apply("echo ${INTERVAL / 1000}", variables));
        // A script using brace expansion would be changed on its way to the pod: the script check above fails.
        Assert.NotEqual("cd \"${HOME}\"", FluxSubstitution.Apply("cd \"${HOME}\"", variables));
    }
}
