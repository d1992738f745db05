using System;

namespace OpenCode.Manifests;

/// <summary>
/// Marks a workspace record for the build: the workspace registry generator lists every marked type (with the
/// line it is declared on) and the build emits its Flux tree. The type needs a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class WorkspaceAttribute : Attribute
{
}

/// <summary>
/// Marks the record (deriving from <see cref="Conventions.ClusterConventions"/>) that describes this repository's
/// cluster. At most one per project; without one the seed cluster's defaults apply.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ClusterConventionsAttribute : Attribute
{
}
