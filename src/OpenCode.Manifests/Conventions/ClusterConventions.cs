using System.Collections.Generic;

namespace OpenCode.Manifests.Conventions;

/// <summary>
/// What a cluster repository looks like and which shared objects it has. The defaults describe the seed cluster
/// (Envoy Gateway <c>envoy-external</c> in <c>network</c>, Doppler through External Secrets, Rook-Ceph block
/// storage, VolSync templates, <c>${SECRET_DOMAIN}</c>); every field can be overridden with <c>with</c> or by a
/// record deriving from this one.
/// </summary>
public record ClusterConventions
{
    /// <summary>The seed cluster's conventions.</summary>
    public static ClusterConventions Default { get; } = new();

    /// <summary>Folder of the app namespaces, relative to the cluster repository root.</summary>
    public string AppsPath { get; init; } = "kubernetes/apps";

    /// <summary>The Flux source every app Kustomization reads from.</summary>
    public FluxSourceReference Source { get; init; } = new("GitRepository", "home-kubernetes");

    /// <summary>Namespace the Flux Kustomizations (ks.yaml) live in.</summary>
    public string FluxNamespace { get; init; } = "flux-system";

    /// <summary>Flux Kustomizations every workspace waits for (storage and secret stores).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = new[] { "rook-ceph-cluster", "external-secrets-stores" };

    /// <summary>The Gateway routes attach to.</summary>
    public GatewayReference Gateway { get; init; } = new("envoy-external", "network", "https");

    /// <summary>The store ExternalSecrets read from.</summary>
    public SecretStoreConvention SecretStore { get; init; } = new("ClusterSecretStore", "doppler-secrets");

    /// <summary>Storage class of persistent volumes (passed to the VolSync template as <c>VOLSYNC_STORAGECLASS</c>).</summary>
    public string StorageClass { get; init; } = "ceph-block";

    /// <summary>How a workspace's volume and its VolSync backup are created.</summary>
    public VolSyncTemplate VolSync { get; init; } = new("kubernetes/templates/volsync", VolSyncTemplateForm.Resource);

    /// <summary>
    /// The cluster-wide Flux variable holding the public domain; route hostnames are <c>host.${variable}</c>.
    /// </summary>
    public string DomainVariable { get; init; } = "SECRET_DOMAIN";

    /// <summary>How cluster-wide variables (the domain) reach each app Kustomization.</summary>
    public ClusterSubstitution ClusterSubstitution { get; init; } = ClusterSubstitution.FromParent(new[] { "SECRET_DOMAIN" });

    /// <summary>The app-template chart: OCI address and pinned version.</summary>
    public ChartSource AppTemplateChart { get; init; } =
        // renovate: datasource=docker depName=ghcr.io/bjw-s-labs/helm/app-template
        new("oci://ghcr.io/bjw-s-labs/helm/app-template", "4.4.0");

    /// <summary>Annotation that restarts pods when a referenced Secret or ConfigMap changes.</summary>
    public string ReloaderAnnotation { get; init; } = "reloader.stakater.com/auto";
}

/// <summary>A Flux source object by kind and name.</summary>
public sealed record FluxSourceReference(string Kind, string Name);

/// <summary>A Gateway API parent: gateway name, namespace and listener section.</summary>
public sealed record GatewayReference(string Name, string Namespace, string SectionName)
{
    /// <summary>Routes on this gateway are reachable from the internet (they then need a password).</summary>
    public bool IsPublic { get; init; } = true;
}

/// <summary>An External Secrets store by kind and name.</summary>
public sealed record SecretStoreConvention(string Kind, string Name);

/// <summary>A Helm chart in an OCI registry, pinned to a version.</summary>
public sealed record ChartSource(string Url, string Version)
{
    /// <summary>Optional digest pinned with the version.</summary>
    public string? Digest { get; init; }
}

/// <summary>How the cluster's VolSync template is included by an app's kustomization.</summary>
public enum VolSyncTemplateForm
{
    /// <summary>Listed under <c>resources:</c> (the seed cluster).</summary>
    Resource,

    /// <summary>Listed under <c>components:</c> (a kustomize Component, as most home-ops repos do now).</summary>
    Component,
}

/// <summary>
/// The cluster's VolSync template: creates the PVC named <c>${APP}</c> of size <c>${VOLSYNC_CAPACITY}</c> in storage
/// class <c>${VOLSYNC_STORAGECLASS}</c>, and its backup objects.
/// </summary>
/// <param name="Path">The template folder relative to the cluster repository root.</param>
/// <param name="Form">Resource or component.</param>
public sealed record VolSyncTemplate(string Path, VolSyncTemplateForm Form);

/// <summary>How cluster-wide Flux variables reach an app's Kustomization.</summary>
public sealed record ClusterSubstitution
{
    private ClusterSubstitution(IReadOnlyList<string> variables, string? kind, string? name)
    {
        Variables = variables;
        Kind = kind;
        Name = name;
    }

    /// <summary>The variables the cluster provides (e.g. SECRET_DOMAIN).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>ConfigMap or Secret named in each ks.yaml; null when a parent Kustomization patches it in.</summary>
    public string? Kind { get; }

    /// <summary>Name of that ConfigMap or Secret.</summary>
    public string? Name { get; }

    /// <summary>A parent Kustomization patches <c>postBuild.substituteFrom</c> into every child (the seed cluster).</summary>
    public static ClusterSubstitution FromParent(IReadOnlyList<string> variables) => new(variables, null, null);

    /// <summary>Each ks.yaml lists the ConfigMap or Secret in its own <c>postBuild.substituteFrom</c>.</summary>
    public static ClusterSubstitution FromObject(string kind, string name, IReadOnlyList<string> variables) =>
        new(variables, kind, name);
}
