using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests;

namespace OpenCode.Workspaces;

/// <summary>The agent that works on the cluster repository itself.</summary>
[Workspace]
public sealed record OpencodeFlux() : OpenCodeWorkspace(
    Name: "opencode-flux",
    Repository: GitHub.Repository("ORG", "k8s-cluster"),
    Host: "flux.opencode");

/// <summary>The agent that works on the Home Assistant configuration.</summary>
[Workspace]
public sealed record OpencodeHa() : OpenCodeWorkspace(
    Name: "opencode-ha",
    Repository: GitHub.Repository("ORG", "home-assistant-config"),
    Host: "ha.opencode")
{
    /// <inheritdoc />
    protected override void Customize(OpenCodeApp app)
    {
        // Caches are rebuilt on demand: keep them off the backed-up volume.
        var cache = app.EmptyDir("cache");
        cache.MountInto(app.Server, WorkspaceLayout.CacheHome);
        app.Server.Resources = new V1ResourceRequirements
        {
            Requests = new System.Collections.Generic.Dictionary<string, ResourceQuantity>
            {
                ["cpu"] = new("200m"),
                ["memory"] = new("512Mi"),
            },
            Limits = new System.Collections.Generic.Dictionary<string, ResourceQuantity>
            {
                ["memory"] = new("2Gi"),
            },
        };
    }
}
