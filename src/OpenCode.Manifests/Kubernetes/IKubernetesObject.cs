using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Kubernetes;

/// <summary>
/// An object the Kubernetes API (or Flux) applies: its fixed <c>apiVersion</c> and <c>kind</c>, and its metadata.
/// The generated resource types implement it in small hand-written partial declarations.
/// </summary>
public interface IKubernetesObject : IYamlWritable
{
    /// <summary>The object's API group and version, e.g. <c>helm.toolkit.fluxcd.io/v2</c>.</summary>
    string ApiVersion { get; }

    /// <summary>The object's kind, e.g. <c>HelmRelease</c>.</summary>
    string Kind { get; }

    /// <summary>Name, namespace, labels and annotations.</summary>
    V1ObjectMeta? Metadata { get; }
}
