using System;

namespace OpenCode.Manifests;

/// <summary>
/// Marks an OpenCode workspace record for the build, like <see cref="AppAttribute"/> does for any app: the app
/// registry generator lists every marked type (with the line it is declared on) and the build emits its Flux
/// folder. The type needs a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class WorkspaceAttribute : Attribute
{
}
