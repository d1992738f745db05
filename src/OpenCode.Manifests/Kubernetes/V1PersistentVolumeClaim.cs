namespace OpenCode.Manifests.Kubernetes;

/// <summary>A V1PersistentVolumeClaim is a Kubernetes object: generic code (the tree layout, the rules) reads its kind and name.</summary>
public sealed partial record V1PersistentVolumeClaim : IKubernetesObject
{
    /// <summary>The object's name (from <see cref="Metadata"/>).</summary>
    public string Name => Metadata?.Name ?? "";
}
