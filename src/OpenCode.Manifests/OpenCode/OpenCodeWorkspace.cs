using System.Collections.Generic;
using System.Globalization;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests;

/// <summary>
/// A persistent OpenCode web workspace: the OpenCode server behind the cluster gateway, protected by HTTP Basic
/// auth, working in a clone of <paramref name="Repository"/> kept on a VolSync-backed volume. Derive a record from
/// it, mark it <c>[Workspace]</c>, and override <see cref="Customize"/> to change what the builder made.
/// </summary>
/// <param name="Name">The workspace's name: a DNS label (<c>opencode-flux</c>).</param>
/// <param name="Repository">The repository the agent works in.</param>
/// <param name="Host">The host label(s) before the cluster domain (<c>flux.opencode</c>).</param>
public abstract record OpenCodeWorkspace(
    [DnsLabel][property: DnsLabel] string Name,
    GitRepository Repository,
    [Hostname][property: Hostname] string Host) : AppDefinition
{
    /// <inheritdoc />
    public override string AppName => Name;

    /// <inheritdoc />
    public override string AppNamespace => Namespace;

    /// <summary>The namespace the workspace runs in.</summary>
    [DnsLabel]
    public string Namespace { get; init; } = "opencode";

    /// <summary>Size of the workspace's volume (work tree and OpenCode's home).</summary>
    [KubernetesQuantity]
    public string Capacity { get; init; } = "10Gi";

    /// <summary>Cron schedule of the VolSync backup.</summary>
    [CronSchedule]
    public string BackupSchedule { get; init; } = "0 */6 * * *";

    /// <summary>The OpenCode image; its major version decides the server command.</summary>
    public PinnedImage Image { get; init; } = OpenCodeImages.OpenCode;

    /// <summary>The git-sync init container's image.</summary>
    public PinnedImage GitImage { get; init; } = OpenCodeImages.Git;

    /// <summary>The server container's requests and limits.</summary>
    public V1ResourceRequirements Resources { get; init; } = new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("512Mi") },
        Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("2Gi") },
    };

    /// <summary>The uid (and gid, and fsGroup) every container runs as.</summary>
    public long UserId { get; init; } = 1000;

    /// <summary>The port the server listens on.</summary>
    [PortNumber]
    public int Port { get; init; } = 4096;

    /// <summary>The prefix of this workspace's keys in the secret store (<c>OPENCODE_FLUX</c>).</summary>
    public string SecretPrefix => Name.ToUpperInvariant().Replace('-', '_');

    /// <summary>Changes what the builder made (mount more volumes, set resources, …).</summary>
    protected virtual void Customize(OpenCodeApp app)
    {
    }

    /// <inheritdoc />
    public sealed override FluxApp Compose(ClusterConventions conventions, SourceLocation declaredAt)
    {
        var app = new OpenCodeApp(this, conventions, declaredAt);
        Customize(app);
        return app.ToFluxApp();
    }

    internal string CapacityText => Capacity.ToString(CultureInfo.InvariantCulture);
}
