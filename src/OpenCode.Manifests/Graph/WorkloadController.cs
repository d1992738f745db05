using System.Collections.Generic;
using OpenCode.Manifests.Kubernetes;

namespace OpenCode.Manifests.Graph;

/// <summary>A controller (deployment, statefulset, …) and its containers.</summary>
/// <param name="Id">The controller's key in the values.</param>
/// <param name="Path">Its path in the values.</param>
/// <param name="PodSecurity">The pod's security context (controller pod options, else the default pod options).</param>
/// <param name="Containers">Init containers first, then containers, each in key order.</param>
public sealed record WorkloadController(
    string Id,
    ValuePath Path,
    V1PodSecurityContext? PodSecurity,
    IReadOnlyList<WorkloadContainer> Containers)
{
    /// <summary>Whether the pod gets a ServiceAccount token, as the chart version writes it.</summary>
    public WorkloadTokenMount ServiceAccountToken { get; init; } = new(true, null);
}
