using k8s.Models;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources;

/// <summary>
/// A Kubernetes object of a kind KubernetesClient does not model (Flux, External Secrets, kustomize).
/// Keys are written in Kubernetes order: apiVersion, kind, metadata, then the kind's own fields.
/// </summary>
public abstract record KubernetesObject
{
    /// <summary>Sets the kind's fixed API version and kind.</summary>
    protected KubernetesObject(string apiVersion, string kind)
    {
        ApiVersion = apiVersion;
        Kind = kind;
    }

    /// <summary>The object's API group and version, e.g. <c>helm.toolkit.fluxcd.io/v2</c>.</summary>
    [YamlKey("apiVersion", Required = true)]
    public string ApiVersion { get; }

    /// <summary>The object's kind, e.g. <c>HelmRelease</c>.</summary>
    [YamlKey("kind", Required = true)]
    public string Kind { get; }

    /// <summary>Name, namespace, labels and annotations.</summary>
    [YamlKey("metadata")]
    public V1ObjectMeta? Metadata { get; init; }

    /// <summary>The object's name (from <see cref="Metadata"/>).</summary>
    public string Name => Metadata?.Name ?? "";
}

/// <summary>A reference to another object by kind and name (Flux <c>sourceRef</c>, <c>chartRef</c>).</summary>
public sealed record CrossNamespaceObjectReference
{
    /// <summary>The referenced object's kind.</summary>
    [YamlKey("kind", Required = true)]
    public required string Kind { get; init; }

    /// <summary>The referenced object's name.</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }

    /// <summary>The referenced object's namespace; omitted means the referrer's namespace.</summary>
    [YamlKey("namespace")]
    public string? Namespace { get; init; }
}

/// <summary>A reference by name (and optionally namespace), as Flux <c>dependsOn</c> entries use.</summary>
public sealed record NamespacedObjectReference
{
    /// <summary>The referenced object's name.</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }

    /// <summary>The referenced object's namespace.</summary>
    [YamlKey("namespace")]
    public string? Namespace { get; init; }
}
