using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>A rotated secret (password, token) restarts the pod: the controller carries the reloader annotation.</summary>
public sealed class ReloaderFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_controller_has_the_reloader_annotation(string ws)
    {
        var annotations = Emitted.Controller(ws).Annotations!;
        Assert.Equal("true", annotations["reloader.stakater.com/auto"]);

        var doc = Yaml.Documents(Emitted.Text(Emitted.AppFolder(ws) + "/helmrelease.yaml"))[0];
        var value = Yaml.Scalar(doc, "spec", "values", "controllers", ws, "annotations", "reloader.stakater.com/auto");
        Assert.Equal("true", value.Value);
        Assert.NotEqual(YamlDotNet.Core.ScalarStyle.Plain, value.Style); // a string, as annotations must be
    }
}
