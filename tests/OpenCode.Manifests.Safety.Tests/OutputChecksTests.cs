using OpenCode.Manifests.AppTemplate;
using System;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>Negative controls: the output checks of the property test can say no.</summary>
public sealed class OutputChecksTests
{
    private static readonly WorkspaceSpec Valid = new("ha", "repo", "ha", "opencode", "10Gi", "0 */6 * * *", "1.2.3", 4096,
        Array.Empty<VolumeSpec>(), Array.Empty<SecretSpec>(), Array.Empty<(string, string)>());

    [Fact]
    public void A_valid_workspace_passes()
    {
        var emission = InProcessPipeline.Run((new RandomWorkspace(Valid), new SourceLocation("/ws/Random.cs", 1, 1)));
        Assert.Empty(emission.Diagnostics);
        OutputChecks.Verify(emission);
    }

    [Fact]
    public void A_value_changed_deep_inside_the_rendered_text_fails_the_round_trip()
    {
        var emission = InProcessPipeline.Run((new RandomWorkspace(Valid), new SourceLocation("/ws/Random.cs", 1, 1)));
        var app = emission.Apps.Single();
        var text = Encoding.UTF8.GetString(emission.Files.Single(f => f.RelativePath.EndsWith("/helmrelease.yaml", StringComparison.Ordinal)).Content.Span);
        Assert.Contains("timeoutSeconds: 1\n", text, StringComparison.Ordinal);

        OutputChecks.RoundTrip(text, (AppTemplateValues)app.Release!.Values);
        var edited = text.Replace("timeoutSeconds: 1\n", "timeoutSeconds: 2\n", StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => OutputChecks.RoundTrip(edited, (AppTemplateValues)app.Release!.Values));
    }
}
