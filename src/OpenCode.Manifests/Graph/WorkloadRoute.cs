using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>An HTTPRoute: hostnames, the gateways it attaches to and the services it sends to.</summary>
/// <param name="Id">Its key.</param>
/// <param name="Path">Its path in the values.</param>
/// <param name="Hostnames">The hostnames with their paths.</param>
/// <param name="ParentRefs">The gateways.</param>
/// <param name="Backends">The backends of every rule.</param>
public sealed record WorkloadRoute(
    string Id,
    ValuePath Path,
    IReadOnlyList<WorkloadHostname> Hostnames,
    IReadOnlyList<WorkloadParentRef> ParentRefs,
    IReadOnlyList<WorkloadBackend> Backends)
{
    /// <summary>
    /// A rule of the route takes every request (it has no <c>matches</c>); false when each rule matches only some
    /// (a path, a header), so another route may serve the rest of the same host.
    /// </summary>
    public bool MatchesAll { get; init; } = true;
}

/// <summary>A route hostname.</summary>
/// <param name="Hostname">The hostname as written (with its <c>${VAR}</c>).</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadHostname(string Hostname, ValuePath Path);

/// <summary>A gateway a route attaches to.</summary>
/// <param name="Name">The gateway's name.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="SectionName">The listener.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadParentRef(string Name, string? Namespace, string? SectionName, ValuePath Path);

/// <summary>A backend of a route rule: a service of the release (by identifier) or any service (by name).</summary>
/// <param name="Identifier">The service key in the release.</param>
/// <param name="Name">A service name.</param>
/// <param name="Port">The port.</param>
/// <param name="Path">Its path in the values.</param>
public sealed record WorkloadBackend(string? Identifier, string? Name, IntegerOrString? Port, ValuePath Path);
