using OpenCode.Manifests;
using OpenCode.Manifests.Conventions;

namespace OpenCode.Workspaces;

/// <summary>
/// The cluster these workspaces run on: the seed cluster, whose names are <see cref="ClusterConventions"/>' own
/// values (Envoy Gateway <c>envoy-external</c>, Doppler through External Secrets, <c>ceph-block</c>, the VolSync
/// template, <c>${SECRET_DOMAIN}</c>). Declared, not assumed: a project that marks apps names its cluster (OCM1117).
/// </summary>
[ClusterConventions]
public sealed record SeedClusterConventions : ClusterConventions;
