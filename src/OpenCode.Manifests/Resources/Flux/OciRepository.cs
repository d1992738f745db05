using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Resources.Flux;

/// <summary>A OciRepository is a Kubernetes object: generic code (the tree layout, the rules) reads its kind and name.</summary>
public sealed partial record OciRepository : IKubernetesObject
{
    /// <summary>The object's name (from <see cref="Metadata"/>).</summary>
    public string Name => Metadata?.Name ?? "";
}
