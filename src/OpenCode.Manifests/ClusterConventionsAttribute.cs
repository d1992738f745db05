using System;

namespace OpenCode.Manifests;

/// <summary>
/// Marks the record (deriving from <see cref="Conventions.ClusterConventions"/>) that describes this repository's
/// cluster. At most one per project; without one the seed cluster's defaults apply.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ClusterConventionsAttribute : Attribute
{
}
