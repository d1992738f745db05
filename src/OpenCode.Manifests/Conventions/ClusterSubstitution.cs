using System.Collections.Generic;

namespace OpenCode.Manifests.Conventions;

/// <summary>How cluster-wide Flux variables reach an app's Kustomization.</summary>
public sealed record ClusterSubstitution
{
    private ClusterSubstitution(IReadOnlyList<string> variables, string? kind, string? name)
    {
        Variables = variables;
        Kind = kind;
        Name = name;
    }

    /// <summary>The variables the cluster provides (e.g. the domain).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>ConfigMap or Secret named in each ks.yaml; null when a parent Kustomization patches it in.</summary>
    public string? Kind { get; }

    /// <summary>Name of that ConfigMap or Secret.</summary>
    public string? Name { get; }

    /// <summary>A parent Kustomization patches <c>postBuild.substituteFrom</c> into every child.</summary>
    public static ClusterSubstitution FromParent(IReadOnlyList<string> variables) => new(variables, null, null);

    /// <summary>Each ks.yaml lists the ConfigMap or Secret in its own <c>postBuild.substituteFrom</c>.</summary>
    public static ClusterSubstitution FromObject(string kind, string name, IReadOnlyList<string> variables) =>
        new(variables, kind, name);
}
