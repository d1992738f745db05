namespace OpenCode.Manifests.Kubernetes;

/// <summary>A V1Namespace is a Kubernetes object: generic code (the tree layout, the rules) reads its kind and name.</summary>
public sealed partial record V1Namespace : IKubernetesObject
{
    /// <summary>The object's name (from <see cref="Metadata"/>).</summary>
    public string Name => Metadata?.Name ?? "";
}
