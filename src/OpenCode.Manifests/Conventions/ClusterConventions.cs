using System.Collections.Generic;

namespace OpenCode.Manifests.Conventions;

/// <summary>
/// What a cluster repository looks like and which shared objects it has. Everything that names one particular cluster
/// is a constructor parameter with no default, so a project that leaves one out does not compile (CS7036 names the
/// missing parameter at the record that derives from this one); the rest has defaults every cluster shares.
/// Declare one record deriving from it and mark it <c>[ClusterConventions]</c>:
/// <code>
/// [ClusterConventions]
/// public sealed record Homelab() : ClusterConventions(
///     Source: new FluxSourceReference("GitRepository", "flux-system"),
///     DependsOn: [],
///     Gateway: new GatewayReference("internal", "network", "https"),
///     SecretStore: new SecretStoreConvention("ClusterSecretStore", "onepassword"),
///     StorageClass: "longhorn",
///     VolSync: null,
///     DomainVariable: "CLUSTER_DOMAIN",
///     ClusterSubstitution: ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", ["CLUSTER_DOMAIN"]),
///     ReloaderAnnotation: null,
///     ExistingKustomizations: []);
/// </code>
/// </summary>
/// <param name="Source">The Flux source (GitRepository) every app Kustomization reads from.</param>
/// <param name="DependsOn">Flux Kustomizations every app waits for (storage, secret stores); empty for none.</param>
/// <param name="Gateway">The Gateway routes attach to.</param>
/// <param name="SecretStore">The store ExternalSecrets read from.</param>
/// <param name="StorageClass">The storage class of the volumes apps create.</param>
/// <param name="VolSync">The cluster's VolSync template, or null when the cluster has none.</param>
/// <param name="DomainVariable">The cluster-wide Flux variable holding the domain; route hostnames are <c>host.${variable}</c>.</param>
/// <param name="ClusterSubstitution">How cluster-wide variables (the domain) reach each app Kustomization.</param>
/// <param name="ReloaderAnnotation">The annotation that restarts pods when a Secret or ConfigMap they use changes, or null
/// when the cluster runs no such controller.</param>
/// <param name="ExistingKustomizations">Flux Kustomizations that exist in the cluster outside this build (storage,
/// secret stores): every <c>dependsOn</c> must name one of these or an app the build emits, or the build stops
/// (OCM2038) instead of letting Flux wait forever for a typo. List here every name <paramref name="DependsOn"/> uses.</param>
public abstract record ClusterConventions(
    FluxSourceReference Source,
    IReadOnlyList<string> DependsOn,
    GatewayReference Gateway,
    SecretStoreConvention SecretStore,
    string StorageClass,
    VolSyncTemplate? VolSync,
    string DomainVariable,
    ClusterSubstitution ClusterSubstitution,
    string? ReloaderAnnotation,
    IReadOnlyList<string>? ExistingKustomizations = null)
{
    /// <summary>Folder of the app namespaces, relative to the folder Flux's source root maps to.</summary>
    public string AppsPath { get; init; } = "kubernetes/apps";

    /// <summary>Namespace the Flux Kustomizations (ks.yaml) live in.</summary>
    public string FluxNamespace { get; init; } = "flux-system";

    /// <summary>
    /// The folder of the git repository that Flux's source root maps to, relative to the repository's root
    /// (default: the root itself). Every <c>ks.yaml</c> path is read from there; the build warns (OCM3011) when the
    /// tree is written somewhere else (see <c>OpenCodeManifestsOutputRoot</c>).
    /// </summary>
    public string FluxSourceRoot { get; init; } = "";

    /// <summary>
    /// The cluster's other gateways routes may attach to (an internal one beside a public one, …), each saying
    /// whether the internet reaches it. A workspace picks one with its <c>Gateway</c>; the rules know from this list
    /// whether a route is public, and report a route on a gateway the conventions do not name (OCM2061).
    /// </summary>
    public IReadOnlyList<GatewayReference> OtherGateways { get; init; } = new List<GatewayReference>();

    /// <summary>Every gateway the cluster has: <see cref="Gateway"/>, then <see cref="OtherGateways"/>.</summary>
    public IEnumerable<GatewayReference> Gateways
    {
        get
        {
            yield return Gateway;
            foreach (var gateway in OtherGateways)
            {
                yield return gateway;
            }
        }
    }

    /// <summary>
    /// Domains route hostnames may end in besides <c>${DomainVariable}</c>: literal domains the gateways serve
    /// (<c>example.com</c>) or other variables (<c>${MEDIA_DOMAIN}</c>). The builder's routes always use the domain
    /// variable; hostnames written through the escape hatches, or imported, may end in any of these (OCM2022).
    /// </summary>
    public IReadOnlyList<string> OtherDomains { get; init; } = new List<string>();

    /// <summary>The gateway named <paramref name="name"/> in <paramref name="namespace"/>, or null when the conventions do not name it.</summary>
    public GatewayReference? FindGateway(string name, string @namespace)
    {
        foreach (var gateway in Gateways)
        {
            if (gateway.Name == name && gateway.Namespace == @namespace)
            {
                return gateway;
            }
        }

        return null;
    }

    /// <summary>
    /// What routes to streaming servers (OpenCode) need from the gateway implementation: default Envoy Gateway's
    /// (<c>timeouts.request: 0s</c>, <c>appProtocol: kubernetes.io/ws</c>); <see cref="StreamingRouteTuning.None"/>
    /// for an implementation that streams without them.
    /// </summary>
    public StreamingRouteTuning StreamingRoutes { get; init; } = StreamingRouteTuning.EnvoyGateway;

    /// <summary>
    /// The Pod Security level every namespace the build emits enforces (its <c>pod-security.kubernetes.io/enforce</c>
    /// label); the build reports a container that level would refuse (OCM2060). Default: restricted, the usual
    /// hardening for pods that run an agent with a shell.
    /// </summary>
    public PodSecurityLevel PodSecurity { get; init; } = PodSecurityLevel.Restricted;

    /// <summary>The app-template chart: OCI address and pinned version (each app may override it).</summary>
    public ChartSource AppTemplateChart { get; init; } =
        // renovate: datasource=docker depName=ghcr.io/bjw-s-labs/helm/app-template
        new("oci://ghcr.io/bjw-s-labs/helm/app-template", "4.4.0");
}
