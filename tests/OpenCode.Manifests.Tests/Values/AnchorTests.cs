using System.Collections.Generic;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Tests.Values.Models;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class AnchorTests
{
    [Fact]
    public void Aliases_are_resolved_and_written_out_in_full()
    {
        var values = ValuesYaml.Deserialize<SampleValues>(
            "service:\n  app:\n    controller: &ctrl main\n    ports: &ports\n      http: {port: 80}\n  other:\n    controller: *ctrl\n    ports: *ports\n");

        Assert.Equal("main", values.Service!["other"].Controller);
        Assert.Equal(80, values.Service["other"].Ports!["http"].Port.Value);
        Assert.DoesNotContain("&", YamlRenderer.Render(values));
    }

    [Fact]
    public void Duplicate_anchor_names_load_and_each_alias_takes_the_nearest_definition()
    {
        // Real HelmReleases reuse anchor names (YAML allows redefining an anchor); YamlDotNet 18 handles it.
        const string yaml = "a: &port 80\nb: *port\nc: &port 443\nd: *port\n";
        var global = ValuesYaml.Deserialize<GlobalOptions>("labels:\n  a: &port \"80\"\n  b: *port\n  c: &port \"443\"\n  d: *port\n");

        Assert.Equal(new Dictionary<string, string> { ["a"] = "80", ["b"] = "80", ["c"] = "443", ["d"] = "443" }, global.Labels);
        Assert.True(YamlSemantics.AreEqual(ValuesYaml.Load(yaml), ValuesYaml.Load("a: 80\nb: 80\nc: 443\nd: 443\n"), false, out _));
    }

    [Fact]
    public void Merge_keys_are_expanded_when_reading_into_a_model()
    {
        // As in the corpus (szinn kromgo): requests merges the limits mapping and adds cpu.
        const string yaml = "limits: &resources\n  memory: 64Mi\nrequests:\n  <<: *resources\n  cpu: 10m\n";
        var resources = ValuesYaml.Deserialize<OpenCode.Manifests.Kubernetes.V1ResourceRequirements>(yaml);

        Assert.Equal(new[] { "memory", "cpu" }, resources.Requests!.Keys);
        Assert.Equal("---\nlimits:\n  memory: 64Mi\nrequests:\n  memory: 64Mi\n  cpu: 10m\n", YamlRenderer.Render(resources));
        YamlAssert.SemanticallyEqual(yaml, YamlRenderer.Render(resources));
    }

    [Fact]
    public void Keys_written_next_to_a_merge_key_win()
    {
        const string yaml = "image: {repository: app, tag: \"1\"}\nprobes:\n  base: &probe\n    enabled: true\n    custom: false\n  startup:\n    <<: *probe\n    custom: true\n";
        var probes = ValuesYaml.Deserialize<Container>(yaml).Probes!;

        Assert.Equal(new ProbeSpec { Enabled = true, Custom = true }, probes["startup"]);
        Assert.Equal(FreeForm.Parse("enabled: true\ncustom: true"), FreeForm.Parse("<<: {enabled: true, custom: false}\ncustom: true"));
    }
}
