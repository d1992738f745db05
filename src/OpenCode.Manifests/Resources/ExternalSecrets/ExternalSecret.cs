using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Resources.ExternalSecrets;

/// <summary>A ExternalSecret is a Kubernetes object: generic code (the tree layout, the rules) reads its kind and name.</summary>
public sealed partial record ExternalSecret : IKubernetesObject
{
    /// <summary>The object's name (from <see cref="Metadata"/>).</summary>
    public string Name => Metadata?.Name ?? "";
}
