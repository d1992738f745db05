using System.Collections.Generic;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>What a rule sees: the apps it checks, the whole graph (for rules across apps), and the objects' YAML.</summary>
/// <param name="Apps">The apps this rule applies to (every app, or the apps of one kind).</param>
/// <param name="Graph">Every composed app and the cluster conventions.</param>
/// <param name="Nodes">The objects' YAML node trees, shared with rendering.</param>
public sealed record ValidationContext(IReadOnlyList<AppGraph> Apps, ResourceGraph Graph, ObjectNodes Nodes)
{
    /// <summary>The cluster conventions.</summary>
    public ClusterConventions Conventions => Graph.Conventions;
}
