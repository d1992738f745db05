using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue item 3: every emitted object validates against the upstream schemas its consumer uses: HelmRelease
/// values against app-template's values.schema.json (what Helm checks at install), every object against its
/// Flux / External Secrets / core schema. Zero errors.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class SchemaTests
{
    private readonly ITestOutputHelper output;

    public SchemaTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Workspaces => SeedTree.Workspaces;

    public static TheoryData<string> Files => SeedTree.RelativeFiles;

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void HelmRelease_values_validate_against_the_upstream_app_template_schema(string workspace)
    {
        var values = SeedTree.Tree.HelmRelease(workspace)["spec"]!["values"]!;
        var errors = UpstreamSchemas.AppTemplate4.ValidateValues(values);
        Assert.True(errors.Count == 0, $"{workspace}: app-template {UpstreamSchemas.AppTemplate4.AppTemplateVersion} rejects the values:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void The_chart_version_pinned_is_the_schema_version_checked(string workspace)
    {
        var oci = EmittedTree.Object(Path.Combine(SeedTree.Tree.AppFolder(workspace), "ocirepository.yaml"));
        Assert.Equal(UpstreamSchemas.AppTemplate4.AppTemplateVersion, oci["spec"]!["ref"]!["tag"]!.GetValue<string>());
        Assert.Equal("oci://ghcr.io/bjw-s-labs/helm/app-template", oci["spec"]!["url"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_object_validates_against_its_upstream_schema(string relativePath)
    {
        var manifest = EmittedTree.Object(Path.Combine(Repo.OpenCodeApps, relativePath));
        var kind = manifest["kind"]!.GetValue<string>();
        var apiVersion = manifest["apiVersion"]!.GetValue<string>();
        if (apiVersion == "kustomize.config.k8s.io/v1beta1")
        {
            // kustomize's own file, not a cluster object: checked by `kubectl kustomize` (KustomizeTests).
            return;
        }

        output.WriteLine($"{relativePath}: {apiVersion} {kind} against {UpstreamSchemas.AppTemplate4.CrdPath(apiVersion, kind)}");
        var errors = UpstreamSchemas.AppTemplate4.ValidateObject(manifest);
        Assert.True(errors.Count == 0, $"{relativePath} ({kind}) is rejected:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_plain_scalar_means_different_things_to_YAML_1_1_and_1_2_readers(string relativePath)
    {
        var doc = YamlToJson.Documents(Path.Combine(Repo.OpenCodeApps, relativePath)).Single();
        var ambiguities = YamlToJson.Ambiguities(doc).ToList();
        Assert.True(ambiguities.Count == 0, $"{relativePath}:\n" + string.Join("\n", ambiguities));
    }

    // ---- negative controls: the oracle can say no ----

    [Fact]
    public void Negative_control_a_values_typo_is_rejected()
    {
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        var values = SeedTree.Tree.HelmRelease(workspace)["spec"]!["values"]!.AsObject();
        var server = values["controllers"]!.AsObject().Single().Value!["containers"]!["app"]!.AsObject();
        var workingDir = server["workingDir"]!.GetValue<string>();
        server.Remove("workingDir");
        server["workingDirectory"] = workingDir; // the typo a hand-written values block makes
        var errors = UpstreamSchemas.AppTemplate4.ValidateValues(values);
        output.WriteLine(string.Join("\n", errors));
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("workingDirectory") || e.Contains("/containers/app"));
    }

    [Fact]
    public void Negative_control_a_persistence_item_of_the_wrong_shape_is_rejected()
    {
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        var values = SeedTree.Tree.HelmRelease(workspace)["spec"]!["values"]!.AsObject();
        values["persistence"]!["secrets"]!["defaultMode"] = "0400"; // a string where the schema wants an integer
        Assert.NotEmpty(UpstreamSchemas.AppTemplate4.ValidateValues(values));
    }

    [Fact]
    public void Negative_control_a_misspelled_flux_field_is_rejected()
    {
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        var ks = SeedTree.Tree.FluxKustomization(workspace);
        var spec = ks["spec"]!.AsObject();
        var postBuild = spec["postBuild"]!.DeepClone();
        spec.Remove("postBuild");
        spec["postbuild"] = postBuild;
        var errors = UpstreamSchemas.AppTemplate4.ValidateObject(ks);
        output.WriteLine(string.Join("\n", errors));
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Negative_control_an_external_secret_without_its_store_kind_value_is_rejected()
    {
        var workspace = SeedTree.Tree.WorkspaceNames()[0];
        var es = SeedTree.Tree.ExternalSecret(workspace);
        es["spec"]!["secretStoreRef"]!["kind"] = "Vault"; // not SecretStore/ClusterSecretStore
        Assert.NotEmpty(UpstreamSchemas.AppTemplate4.ValidateObject(es));
    }

    [Fact]
    public void Negative_control_yaml_1_1_booleans_and_octals_are_flagged_as_ambiguous()
    {
        var doc = YamlToJson.DocumentsOfText("---\na: yes\nb: 0400\nc: \"0400\"\nd: 256\ne: on\n").Single();
        var ambiguities = YamlToJson.Ambiguities(doc).ToList();
        Assert.Equal(3, ambiguities.Count);
        Assert.Equal(256L, YamlToJson.Convert(doc)!["b"]!.GetValue<long>());
        Assert.True(YamlToJson.Convert(doc)!["a"]!.GetValue<bool>());
    }
}
