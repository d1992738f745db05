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

    [Fact]
    public void A_5x_workspace_passes_the_5_1_0_schema_and_a_4x_only_value_in_its_release_fails_it()
    {
        var emission = InProcessPipeline.RunOnChart("5.1.0", (new RandomWorkspace(Valid), new SourceLocation("/ws/Random.cs", 1, 1)));
        Assert.Empty(emission.Diagnostics);
        OutputChecks.ValidateAgainstUpstreamSchemas(emission);

        // A raw resource as 4.x wrote it (no manifest:) in the 5.x release: the 5.1.0 schema, chosen for this app, says no.
        var files = emission.Files.Select(f => !f.RelativePath.EndsWith("/helmrelease.yaml", StringComparison.Ordinal) ? f
            : f with { Content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Content.Span).Replace("  values:\n", "  values:\n    rawResources:\n      extra:\n        apiVersion: v1\n        kind: ConfigMap\n        spec: {}\n", StringComparison.Ordinal)) }).ToList();
        Assert.NotEqual(emission.Files.Select(f => f.Content.Length), files.Select(f => f.Content.Length));
        Assert.Throws<InvalidOperationException>(() => OutputChecks.ValidateAgainstUpstreamSchemas(emission with { Files = files }));
    }
}
