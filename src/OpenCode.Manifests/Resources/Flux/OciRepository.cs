using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources.Flux;

/// <summary>A Flux <c>OCIRepository</c> (source.toolkit.fluxcd.io/v1): an OCI artifact, here a Helm chart.</summary>
public sealed record OciRepository() : KubernetesObject("source.toolkit.fluxcd.io/v1", "OCIRepository")
{
    /// <summary>The desired state.</summary>
    [YamlKey("spec", Required = true)]
    public required OciRepositorySpec Spec { get; init; }
}

/// <summary>The spec of an <see cref="OciRepository"/>.</summary>
public sealed record OciRepositorySpec
{
    /// <summary>How often the tag is checked.</summary>
    [YamlKey("interval", Required = true)]
    public required string Interval { get; init; }

    /// <summary>Which layer of the artifact Flux keeps; Helm charts need the chart layer, copied as-is.</summary>
    [YamlKey("layerSelector")]
    public OciLayerSelector? LayerSelector { get; init; }

    /// <summary>The pinned reference.</summary>
    [YamlKey("ref", Required = true)]
    public required OciRepositoryRef Ref { get; init; }

    /// <summary>The artifact's address, <c>oci://…</c>.</summary>
    [YamlKey("url", Required = true)]
    public required string Url { get; init; }
}

/// <summary>Selects a layer of an OCI artifact by media type.</summary>
public sealed record OciLayerSelector
{
    /// <summary>The layer's media type.</summary>
    [YamlKey("mediaType", Required = true)]
    public required string MediaType { get; init; }

    /// <summary><c>extract</c> or <c>copy</c>.</summary>
    [YamlKey("operation")]
    public string? Operation { get; init; }
}

/// <summary>A pinned OCI reference: a tag, optionally with its digest.</summary>
public sealed record OciRepositoryRef
{
    /// <summary>The digest (<c>sha256:…</c>); wins over the tag when set.</summary>
    [YamlKey("digest")]
    public string? Digest { get; init; }

    /// <summary>The tag, e.g. <c>4.4.0</c>.</summary>
    [YamlKey("tag")]
    public string? Tag { get; init; }
}
