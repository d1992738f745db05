namespace OpenCode.Manifests.Generators.Registry;

/// <summary>Which marker attribute put a type in front of the app registry generator.</summary>
internal enum MarkerKind
{
    /// <summary><c>[App]</c>: any app definition.</summary>
    App,

    /// <summary><c>[Workspace]</c>: an OpenCode workspace (an app definition too).</summary>
    Workspace,

    /// <summary><c>[ClusterConventions]</c>: the project's cluster conventions.</summary>
    ClusterConventions,
}
