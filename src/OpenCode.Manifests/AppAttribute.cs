using System;

namespace OpenCode.Manifests;

/// <summary>
/// Marks an app record (one app-template release, or any other <see cref="Apps.AppDefinition"/>) for the build:
/// the app registry generator lists every marked type (with the line it is declared on) and the build emits its
/// Flux folder. The type needs a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class AppAttribute : Attribute
{
}
