using System.Text.Json.Nodes;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// The test oracle that reads YAML as Flux does (<see cref="YamlToJson"/>, go-yaml's YAML 1.1 rules) resolves merge
/// keys: real releases write <c>&lt;&lt;: *probes</c>, Flux applies the merged mapping, and the importer writes it out
/// merged, so an oracle that kept <c>&lt;&lt;</c> as a key would call equal specs different.
/// </summary>
public sealed class FluxReadingOracleTests
{
    private static JsonNode? Read(string yaml) => YamlToJson.Convert(YamlToJson.DocumentsOfText(yaml)[0]);

    [Fact]
    public void A_merge_key_adds_the_keys_the_mapping_does_not_set_and_a_written_key_wins()
    {
        var merged = Read("base: &base { enabled: true, port: 80 }\nprobe:\n  <<: *base\n  port: 8080\n");
        var expanded = Read("base: { enabled: true, port: 80 }\nprobe: { enabled: true, port: 8080 }\n");
        Assert.True(JsonNode.DeepEquals(expanded, merged), merged?.ToJsonString());
    }

    [Fact]
    public void In_a_list_of_merged_mappings_the_first_wins()
    {
        var merged = Read("a: &a { x: 1 }\nb: &b { x: 2, y: 2 }\nc:\n  <<: [*a, *b]\n");
        Assert.True(JsonNode.DeepEquals(Read("a: { x: 1 }\nb: { x: 2, y: 2 }\nc: { x: 1, y: 2 }\n"), merged), merged?.ToJsonString());
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        // Negative control: only the plain, untagged '<<' merges.
        var quoted = Read("base: &base { x: 1 }\nc:\n  \"<<\": *base\n");
        Assert.Equal(1L, quoted?["c"]?["<<"]?["x"]?.GetValue<long>());
        Assert.Null(quoted?["c"]?["x"]);
    }
}
