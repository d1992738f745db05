using System.Collections.Generic;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Values.Models;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class NullHandlingTests
{
    [Fact]
    public void Null_properties_are_omitted()
    {
        Assert.Equal("---\nrepository: app\ntag: \"1\"\n", YamlRenderer.Render(new ContainerImage { Repository = "app", Tag = "1" }));
    }

    [Theory]
    [InlineData("nameOverride: null")]
    [InlineData("nameOverride: ~")]
    [InlineData("nameOverride:")]
    public void An_explicit_null_into_a_plain_nullable_property_becomes_null_and_is_not_written(string yaml)
    {
        var global = ValuesYaml.Deserialize<GlobalOptions>(yaml);

        Assert.Null(global.NameOverride);
        Assert.Equal("--- {}\n", YamlRenderer.Render(global));
    }

    [Fact]
    public void An_explicit_null_into_Scalar_or_FreeForm_is_kept()
    {
        var global = ValuesYaml.Deserialize<GlobalOptions>("prefix: null\n");
        var values = ValuesYaml.Deserialize<SampleValues>("defaultPodOptions: ~\n");

        Assert.Equal(Scalar.Null, global.Prefix);
        Assert.Equal("---\nprefix: null\n", YamlRenderer.Render(global));
        Assert.Same(FreeForm.Null, values.DefaultPodOptions);
        Assert.Equal("---\ndefaultPodOptions: null\n", YamlRenderer.Render(values));
    }

    [Fact]
    public void Nulls_inside_collections_and_extension_data_are_kept()
    {
        YamlAssert.RoundTrips<Container>("image: {repository: r, tag: t}\nargs: [a, b]\nenv: {A: null, B: x}\n");
        YamlAssert.RoundTrips<SampleValues>("controllers:\n  main: null\n  other: {replicas: 1}\n");
        YamlAssert.RoundTrips<Controller>("strategy: ~\n");
    }

    [Fact]
    public void A_null_into_a_non_nullable_value_is_an_error()
    {
        var error = YamlAssert.Fails<ServicePort>("port: null\n");

        Assert.Equal("port", error.Path);
        Assert.Contains("expected an integer or a Flux placeholder, found null", error.Message);
    }
}
