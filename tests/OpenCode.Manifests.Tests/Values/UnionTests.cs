using System.Collections.Generic;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Values.Models;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class UnionTests
{
    [Fact]
    public void An_absent_optional_discriminator_selects_the_variant_by_its_keys()
    {
        var item = ValuesYaml.Deserialize<PersistenceItem>("size: 1Gi\naccessMode: ReadWriteOnce\n");

        var claim = Assert.IsType<PersistenceItem.PersistentVolumeClaim>(item);
        Assert.Null(claim.Type);
        Assert.Equal("---\nsize: 1Gi\naccessMode: ReadWriteOnce\n", YamlRenderer.Render(item));
    }

    [Fact]
    public void Variants_sharing_a_discriminator_value_are_told_apart_by_required_keys()
    {
        var claim = ValuesYaml.Deserialize<PersistenceItem>("type: persistentVolumeClaim\nsize: 1Gi\n");
        var existing = ValuesYaml.Deserialize<PersistenceItem>("type: persistentVolumeClaim\nexistingClaim: data\n");
        var existingWithoutType = ValuesYaml.Deserialize<PersistenceItem>("existingClaim: data\n");

        Assert.Equal("persistentVolumeClaim", Assert.IsType<PersistenceItem.PersistentVolumeClaim>(claim).Type);
        Assert.Equal("data", Assert.IsType<PersistenceItem.ExistingClaim>(existing).ExistingClaimValue);
        Assert.IsType<PersistenceItem.ExistingClaim>(existingWithoutType);
        Assert.Equal("---\ntype: persistentVolumeClaim\nexistingClaim: data\n", YamlRenderer.Render(existing));
    }

    [Fact]
    public void A_required_discriminator_is_written_first()
    {
        PersistenceItem item = new PersistenceItem.Nfs { Path = "/export", Server = "nas" };

        Assert.Equal("---\ntype: nfs\nserver: nas\npath: /export\n", YamlRenderer.Render(item));
        Assert.Equal(item, ValuesYaml.Deserialize<PersistenceItem>("server: nas\ntype: nfs\npath: /export\n"));
    }

    [Fact]
    public void A_discriminated_variant_without_other_keys_reads()
    {
        Assert.IsType<PersistenceItem.EmptyDir>(ValuesYaml.Deserialize<PersistenceItem>("type: emptyDir"));
    }

    [Fact]
    public void No_matching_variant_is_an_error_naming_each_variant()
    {
        var error = YamlAssert.Fails<SampleValues>("persistence:\n  data:\n    type: hostPath\n    hostPath: /x\n");

        Assert.Equal("persistence.data", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("no variant of PersistenceItem", error.Message);
        Assert.Contains("Nfs: needs 'type: nfs'", error.Message);
    }

    [Fact]
    public void When_one_variant_fits_by_shape_its_own_error_is_reported()
    {
        var error = YamlAssert.Fails<PersistenceItem>("type: nfs\nserver: nas\npath: [x]\n");

        Assert.Equal("path", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("expected a string, found a sequence", error.Message);
    }

    [Fact]
    public void Wrapped_variants_are_chosen_by_node_kind_and_written_in_place()
    {
        var yaml = "image: {repository: r, tag: t}\nenv:\n  A: plain\n  B: 3\n  C: [x, z]\n  D:\n    value: \"3\"\n    dependsOn: [A]\n";
        var env = ValuesYaml.Deserialize<Container>(yaml).Env!;

        Assert.Equal(Scalar.FromString("plain"), Assert.IsType<EnvValue.Text>(env["A"]).Value);
        Assert.Equal(ScalarKind.Number, Assert.IsType<EnvValue.Text>(env["B"]).Value.Kind);
        Assert.IsType<EnvValue.Lines>(env["C"]);
        Assert.Equal(Scalar.FromString("3"), Assert.IsType<EnvValue.Explicit>(env["D"]).Value);
        YamlAssert.RoundTrips<Container>(yaml);
    }

    [Fact]
    public void Generated_implicit_conversions_build_wrapped_variants()
    {
        var container = new Container { Image = new ContainerImage { Repository = "r", Tag = "t" }, Env = new Dictionary<string, EnvValue> { ["TZ"] = (Scalar)"UTC" } };

        Assert.Equal("---\nimage:\n  repository: r\n  tag: t\nenv:\n  TZ: UTC\n", YamlRenderer.Render(container));
    }

    /// <summary>
    /// A variant wrapping a Scalar takes C# literals directly (C# would not chain Scalar's conversion), each keeping
    /// its kind: the string "8080" stays quoted, the number 8080 does not.
    /// </summary>
    [Fact]
    public void A_variant_wrapping_a_scalar_converts_from_string_number_and_boolean_literals()
    {
        var env = new Dictionary<string, EnvValue> { ["TZ"] = "UTC", ["PORT"] = 8080, ["TEXT"] = "8080", ["BIG"] = 5000000000L, ["RATIO"] = 0.5, ["DEBUG"] = true };
        var container = new Container { Image = new ContainerImage { Repository = "r", Tag = "t" }, Env = env };

        Assert.IsType<EnvValue.Text>(env["TZ"]);
        Assert.Equal(
            "---\nimage:\n  repository: r\n  tag: t\nenv:\n  TZ: UTC\n  PORT: 8080\n  TEXT: \"8080\"\n  BIG: 5000000000\n  RATIO: 0.5\n  DEBUG: true\n",
            YamlRenderer.Render(container));
    }

    /// <summary>The app-template env map reads like its YAML: <c>["TZ"] = "UTC"</c> is the literal variant, in 4.x and 5.x.</summary>
    [Fact]
    public void The_app_template_env_map_takes_literals()
    {
        OpenCode.Manifests.AppTemplate.EnvVarMapValue v4 = "UTC";
        OpenCode.Manifests.AppTemplate.V5.EnvVarMapValue v5 = 8080;

        Assert.Equal(Scalar.FromString("UTC"), Assert.IsType<OpenCode.Manifests.AppTemplate.EnvVarMapValue.EnvVarLiteral>(v4).Value);
        Assert.Equal(ScalarKind.Number, Assert.IsType<OpenCode.Manifests.AppTemplate.V5.EnvVarMapValue.EnvVarLiteral>(v5).Value!.Value.Kind);
    }
}
