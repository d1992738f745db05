using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Validation;

namespace OpenCode.Manifests;

/// <summary>
/// A persistent OpenCode web workspace: the OpenCode server behind the cluster gateway, protected by HTTP Basic
/// auth, working in a clone of <paramref name="Repository"/> kept on a persistent volume (the cluster's VolSync
/// template when it has one). An app-template release like any <see cref="AppTemplateApp"/>, with the OpenCode
/// layout composed for you: derive a record from it, mark it <c>[Workspace]</c>, and override
/// <see cref="Customize"/> to change what the builder made.
/// </summary>
/// <param name="Name">The workspace's name: a DNS label (<c>opencode-flux</c>).</param>
/// <param name="Repository">The repository the agent works in.</param>
/// <param name="Host">The host label(s) before the cluster domain (<c>flux.opencode</c>).</param>
/// <param name="Namespace">The namespace the workspace runs in. An optional parameter rather than a constant in the
/// base call so that its default is visible in this assembly's metadata: the duplicate-name analyzer (OCM1111) reads
/// a consumer's (namespace, name) from the base chain's constant arguments.</param>
public abstract record OpenCodeWorkspace(
    [DnsLabel] string Name,
    GitRepository Repository,
    [Hostname][property: Hostname] string Host,
    [DnsLabel] string Namespace = "opencode") : AppTemplateApp(Name, Namespace)
{
    private static readonly IReadOnlyList<IValidationRule> OpenCodeRules = new IValidationRule[]
    {
        new PublicRouteWithoutPasswordRule(),
        new CloneTargetOnVolumeRootRule(),
        new ServerPortMismatchRule(),
        new ServiceAccountTokenRule(),
    };

    private PinnedImage image = OpenCodeImages.OpenCode;
    private PinnedImage gitImage = OpenCodeImages.Git;
    private V1ResourceRequirements resources = new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("512Mi") },
        Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("2Gi") },
    };

    private long userId = 1000;
    private int port = 4096;
    private Conventions.GatewayReference? gateway;

    // The user's lines that set the properties above (a constructor body, `with`); not part of the workspace's value.
    private AssignmentSites setAt = AssignmentSites.None;

    /// <summary>Size of the workspace's volume (work tree and OpenCode's home).</summary>
    [KubernetesQuantity]
    public string Capacity { get; init; } = "10Gi";

    /// <summary>
    /// The volume: the cluster's VolSync template when it has one (<see cref="WorkspaceStorage.ClusterDefault"/>), or
    /// a plain PersistentVolumeClaim with its storage class and access mode (<see cref="WorkspaceStorage.Claim"/>).
    /// </summary>
    public WorkspaceStorage Storage { get; init; } = WorkspaceStorage.ClusterDefault;

    /// <summary>Cron schedule of the volume's backup (through the cluster's VolSync template).</summary>
    [CronSchedule]
    public string BackupSchedule { get; init; } = "0 */6 * * *";

    /// <summary>
    /// The model providers and the secret each needs (default: GitHub Copilot's auth.json seed, required). Give the
    /// ones you use, e.g. <c>[ModelProvider.Anthropic, ModelProvider.CopilotAuthSeed.AsOptional()]</c>; an empty
    /// list leaves OpenCode to be configured from its UI.
    /// </summary>
    public IReadOnlyList<ModelProvider> Providers { get; init; } = new[] { ModelProvider.CopilotAuthSeed };

    /// <summary>
    /// The gateway and listener the workspace's route attaches to, one of the conventions' gateways (public or
    /// internal); null for the conventions' <c>Gateway</c>. Every route needs the password either way.
    /// </summary>
    public Conventions.GatewayReference? Gateway
    {
        get => gateway;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            gateway = value;
            NoteSetAt(nameof(Gateway));
        }
    }

    /// <summary>The OpenCode image; its major version decides the server command.</summary>
    public PinnedImage Image
    {
        get => image;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            image = value;
            NoteSetAt(nameof(Image));
        }
    }

    /// <summary>The git-sync init container's image.</summary>
    public PinnedImage GitImage
    {
        get => gitImage;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            gitImage = value;
            NoteSetAt(nameof(GitImage));
        }
    }

    /// <summary>The server container's requests and limits.</summary>
    public V1ResourceRequirements Resources
    {
        get => resources;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            resources = value;
            NoteSetAt(nameof(Resources));
        }
    }

    /// <summary>The uid (and gid, and fsGroup) every container runs as.</summary>
    public long UserId
    {
        get => userId;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            userId = value;
            NoteSetAt(nameof(UserId));
        }
    }

    /// <summary>The port the server listens on.</summary>
    [PortNumber]
    public int Port
    {
        get => port;
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
        init
        {
            port = value;
            NoteSetAt(nameof(Port));
        }
    }

    /// <summary>The prefix of this workspace's keys in the secret store (<c>OPENCODE_FLUX</c>).</summary>
    public string SecretPrefix => Name.ToUpperInvariant().Replace('-', '_');

    /// <inheritdoc />
    public override IReadOnlyList<IValidationRule> Rules => OpenCodeRules;

    /// <inheritdoc />
    protected override string Kind => "workspace";

    /// <summary>The user's line that set the init property <paramref name="property"/>, or none (its default, or set by this library).</summary>
    internal SourceLocation SetAt(string property) => setAt.Of(property);

    /// <summary>Changes what the builder made (mount more volumes, set resources, …).</summary>
    protected virtual void Customize(OpenCodeApp app)
    {
    }

    // Frame 1 above this method is the init accessor (never inlined, never tail-calling), 2 the code that set it.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    private void NoteSetAt(string property) => setAt = setAt.With(property, CallerSite.OutsideThisLibrary(framesAbove: 2));

    /// <inheritdoc />
    protected sealed override void Compose(AppBuilder app)
    {
        var workspace = new OpenCodeApp(this, app, app.DeclaredAt);
        Customize(workspace);
    }
}
