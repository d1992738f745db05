using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources.Kustomize;

/// <summary>A kustomize <c>kustomization.yaml</c> (kustomize.config.k8s.io/v1beta1).</summary>
public sealed record KustomizeKustomization
{
    /// <summary>Always <c>kustomize.config.k8s.io/v1beta1</c>.</summary>
    [YamlKey("apiVersion", Required = true)]
    public string ApiVersion => "kustomize.config.k8s.io/v1beta1";

    /// <summary>Always <c>Kustomization</c>.</summary>
    [YamlKey("kind", Required = true)]
    public string Kind => "Kustomization";

    /// <summary>Namespace set on every resource.</summary>
    [YamlKey("namespace")]
    public string? Namespace { get; init; }

    /// <summary>Files and directories, relative to this file.</summary>
    [YamlKey("resources")]
    public List<string>? Resources { get; init; }

    /// <summary>Kustomize components, relative to this file.</summary>
    [YamlKey("components")]
    public List<string>? Components { get; init; }
}
