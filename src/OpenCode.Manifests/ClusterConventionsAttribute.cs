using System;

namespace OpenCode.Manifests;

/// <summary>
/// Marks the record (deriving from <see cref="Conventions.ClusterConventions"/>) that describes this repository's
/// cluster. Exactly one in a project that marks apps: without one the build stops with OCM1117 (the project says
/// which cluster it deploys to), and OCM1114 reports any after the first. It needs a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ClusterConventionsAttribute : Attribute
{
}
