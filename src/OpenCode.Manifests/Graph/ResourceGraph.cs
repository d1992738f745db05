using System.Collections.Generic;
using OpenCode.Manifests.Conventions;

namespace OpenCode.Manifests.Graph;

/// <summary>Everything the build composed: every app, and the cluster they are composed for.</summary>
/// <param name="Apps">The apps, in declaration order.</param>
/// <param name="Conventions">The cluster conventions.</param>
public sealed record ResourceGraph(IReadOnlyList<AppGraph> Apps, ClusterConventions Conventions);
