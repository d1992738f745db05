using OpenCode.Manifests.Tests.Values.Models;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class ErrorReportingTests
{
    private const string Prefix = """
        controllers:
          main:
            containers:
              app:
                image:
                  repository: app
        """;

    [Fact]
    public void An_unknown_key_reports_path_line_and_column()
    {
        var error = YamlAssert.Fails<SampleValues>(Prefix + "\n          tag: 1\n          tga: 2\n");

        Assert.Equal("controllers.main.containers.app.image.tga", error.Path);
        Assert.Equal(8, error.Line);
        Assert.Equal(11, error.Column);
        Assert.Contains("unknown key 'tga' for ContainerImage; known keys: repository, tag, pullPolicy", error.Message);
        Assert.Contains("(line 8, column 11)", error.Message);
    }

    [Fact]
    public void A_wrong_node_kind_reports_what_was_expected()
    {
        var error = YamlAssert.Fails<SampleValues>(Prefix + "\n          tag:\n            - 1\n");

        Assert.Equal("controllers.main.containers.app.image.tag", error.Path);
        Assert.Equal(8, error.Line);
        Assert.Contains("expected a string, found a sequence", error.Message);
    }

    [Fact]
    public void A_bad_enum_value_lists_the_allowed_values()
    {
        var error = YamlAssert.Fails<SampleValues>(Prefix + "\n          tag: \"1\"\n          pullPolicy: Sometimes\n");

        Assert.Equal("controllers.main.containers.app.image.pullPolicy", error.Path);
        Assert.Equal(8, error.Line);
        Assert.Equal(23, error.Column);
        Assert.Contains("'Sometimes' is not a valid PullPolicy; allowed values: Always, IfNotPresent, Never", error.Message);
    }

    [Fact]
    public void A_missing_required_key_reports_the_object()
    {
        var error = YamlAssert.Fails<SampleValues>(Prefix + "\n");

        Assert.Equal("controllers.main.containers.app.image", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("missing required key 'tag' for ContainerImage", error.Message);
    }

    [Fact]
    public void Sequence_items_appear_in_the_path_by_index()
    {
        var error = YamlAssert.Fails<SampleValues>("persistence:\n  data:\n    size: 1Gi\n    globalMounts:\n      - path: /a\n      - paht: /b\n");

        Assert.Equal("persistence.data.globalMounts[1].paht", error.Path);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_position()
    {
        var error = YamlAssert.Fails<SampleValues>("controllers:\n  main: [\n");

        Assert.True(error.Line > 0);
        Assert.Contains("invalid YAML", error.Message);
    }
}
