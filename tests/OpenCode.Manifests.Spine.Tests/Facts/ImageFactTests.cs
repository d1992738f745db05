using OpenCode.Manifests.AppTemplate;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using OpenCode.Workspaces;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: <c>tag: latest</c> is mutable, and 1.x → 2.x changes the command (web → serve) and auth. We pin a
/// version tag and choose the command by the pinned major version.
/// </summary>
public sealed class ImageFactTests
{
    private static readonly Regex Version = new(@"^v?\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$");

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Every_image_is_pinned_to_a_version_tag(string ws)
    {
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            var tag = container.Image?.Tag?.ToString();
            Assert.False(string.IsNullOrEmpty(container.Image?.Repository), $"{id} has no image repository");
            Assert.False(string.IsNullOrEmpty(tag), $"{id} has no tag");
            Assert.NotEqual("latest", tag);
            Assert.Matches(Version, tag!);
        }

        var chart = Emitted.App(ws).Objects.OfType<OpenCode.Manifests.Resources.Flux.OciRepository>().Single().Spec.Ref!;
        Assert.Matches(Version, chart.Tag!);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void A_1x_image_runs_opencode_web(string ws)
    {
        var server = Emitted.Server(ws);
        Assert.Equal(1, new PinnedImage(server.Image!.Repository!, server.Image.Tag!.ToString()!).MajorVersion);
        Assert.Equal(new[] { "opencode", "web", "--hostname", "0.0.0.0", "--port", "4096" }, server.Command!.Values);
    }

    [Theory]
    [InlineData("1.18.33", "web")]
    [InlineData("v1.0.0", "web")]
    [InlineData("2.0.0", "serve")]
    [InlineData("v2.3.1", "serve")]
    [InlineData("3.1.0", "serve")]
    public void The_command_follows_the_major_version(string tag, string verb)
    {
        var command = OpenCodeServerCommand.For(new PinnedImage("ghcr.io/anomalyco/opencode", tag), 4096);
        Assert.Equal(new[] { "opencode", verb, "--hostname", "0.0.0.0", "--port", "4096" }, command);
    }

    [Fact]
    public void A_workspace_pinned_to_2x_is_emitted_with_serve()
    {
        var ws = new OpencodeFlux() with { Image = new PinnedImage("ghcr.io/anomalyco/opencode", "2.0.1") };
        var emission = SingleWorkspace.Run(ws);
        Assert.DoesNotContain(emission.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var server = ((AppTemplateValues)emission.Apps.Single().Release!.Values).Controllers!["opencode-flux"].Containers!["app"];
        Assert.Equal("serve", server.Command!.Values[1]);
        Assert.Equal("2.0.1", server.Image!.Tag!.ToString());
    }

    [Fact]
    public void A_latest_image_is_a_build_error()
    {
        // The analyzer stops this constant at compile time (OCM1112); the test is about what the build does with it.
#pragma warning disable OCM1112
        var ws = new OpencodeFlux() with { Image = new PinnedImage("ghcr.io/anomalyco/opencode", "latest") };
#pragma warning restore OCM1112
        var emission = SingleWorkspace.Run(ws);
        Assert.Contains(emission.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id == "OCM2017");
        Assert.Empty(emission.Files);
    }
}
