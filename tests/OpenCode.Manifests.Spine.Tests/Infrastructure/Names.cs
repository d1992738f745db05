using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Diagnostics;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>Theory data: this repository's workspaces.</summary>
public static class Names
{
    public static TheoryData<string> Workspaces => new() { "opencode-flux", "opencode-ha" };
}

/// <summary>Runs the pipeline on one workspace record (for variants of the committed ones).</summary>
internal static class SingleWorkspace
{
    public static OpenCode.Manifests.Pipeline.Emission Run(AppDefinition workspace) =>
        OpenCode.Manifests.Pipeline.ManifestPipeline.Run(new AppRegistry(new[]
        {
            new AppEntry(() => workspace, workspace.GetType().FullName!, SourceLocation.None),
        }, () => new OpenCode.Workspaces.SeedClusterConventions()));
}
