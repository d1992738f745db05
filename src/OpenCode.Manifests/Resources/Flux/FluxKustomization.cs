using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources.Flux;

/// <summary>A Flux <c>Kustomization</c> (kustomize.toolkit.fluxcd.io/v1): applies a path of the cluster repository.</summary>
public sealed record FluxKustomization() : KubernetesObject("kustomize.toolkit.fluxcd.io/v1", "Kustomization")
{
    /// <summary>The desired state.</summary>
    [YamlKey("spec", Required = true)]
    public required FluxKustomizationSpec Spec { get; init; }
}

/// <summary>The spec of a Flux <see cref="FluxKustomization"/>.</summary>
public sealed record FluxKustomizationSpec
{
    /// <summary>Namespace every applied object is put in.</summary>
    [YamlKey("targetNamespace")]
    public string? TargetNamespace { get; init; }

    /// <summary>Labels and annotations added to every applied object.</summary>
    [YamlKey("commonMetadata")]
    public CommonMetadata? CommonMetadata { get; init; }

    /// <summary>Kustomizations that must be ready before this one is applied.</summary>
    [YamlKey("dependsOn")]
    public List<NamespacedObjectReference>? DependsOn { get; init; }

    /// <summary>Path in the source, relative to the repository root (<c>./kubernetes/apps/…</c>).</summary>
    [YamlKey("path", Required = true)]
    public required string Path { get; init; }

    /// <summary>Delete objects that were removed from the source.</summary>
    [YamlKey("prune", Required = true)]
    public required bool Prune { get; init; }

    /// <summary>The source the path is read from.</summary>
    [YamlKey("sourceRef", Required = true)]
    public required CrossNamespaceObjectReference SourceRef { get; init; }

    /// <summary>Wait for every applied object to become ready.</summary>
    [YamlKey("wait")]
    public bool? Wait { get; init; }

    /// <summary>Objects whose readiness decides this Kustomization's readiness.</summary>
    [YamlKey("healthChecks")]
    public List<HealthCheckReference>? HealthChecks { get; init; }

    /// <summary>Reconcile interval, e.g. <c>30m</c>.</summary>
    [YamlKey("interval", Required = true)]
    public required string Interval { get; init; }

    /// <summary>Interval between retries after a failure.</summary>
    [YamlKey("retryInterval")]
    public string? RetryInterval { get; init; }

    /// <summary>Timeout for apply and health checks.</summary>
    [YamlKey("timeout")]
    public string? Timeout { get; init; }

    /// <summary>Variable substitution applied to the built manifests.</summary>
    [YamlKey("postBuild")]
    public PostBuild? PostBuild { get; init; }
}

/// <summary>Labels and annotations Flux adds to every object it applies.</summary>
public sealed record CommonMetadata
{
    /// <summary>Labels to add.</summary>
    [YamlKey("labels")]
    public Dictionary<string, string>? Labels { get; init; }

    /// <summary>Annotations to add.</summary>
    [YamlKey("annotations")]
    public Dictionary<string, string>? Annotations { get; init; }
}

/// <summary>An object Flux waits for (a <c>healthChecks</c> entry).</summary>
public sealed record HealthCheckReference
{
    /// <summary>API version of the object.</summary>
    [YamlKey("apiVersion", Required = true)]
    public required string ApiVersion { get; init; }

    /// <summary>Kind of the object.</summary>
    [YamlKey("kind", Required = true)]
    public required string Kind { get; init; }

    /// <summary>Name of the object.</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }

    /// <summary>Namespace of the object.</summary>
    [YamlKey("namespace")]
    public string? Namespace { get; init; }
}

/// <summary>
/// Flux <c>postBuild</c>: every <c>${NAME}</c> in the built manifests is replaced from <see cref="Substitute"/> and
/// <see cref="SubstituteFrom"/>; a name in neither becomes empty.
/// </summary>
public sealed record PostBuild
{
    /// <summary>Variables given inline.</summary>
    [YamlKey("substitute")]
    public Dictionary<string, string>? Substitute { get; init; }

    /// <summary>ConfigMaps and Secrets whose keys are variables.</summary>
    [YamlKey("substituteFrom")]
    public List<SubstituteReference>? SubstituteFrom { get; init; }
}

/// <summary>A ConfigMap or Secret whose keys Flux substitutes.</summary>
public sealed record SubstituteReference
{
    /// <summary><c>ConfigMap</c> or <c>Secret</c>.</summary>
    [YamlKey("kind", Required = true)]
    public required string Kind { get; init; }

    /// <summary>Name of the ConfigMap or Secret (in flux-system).</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }

    /// <summary>Do not fail when the object is missing.</summary>
    [YamlKey("optional")]
    public bool? Optional { get; init; }
}
