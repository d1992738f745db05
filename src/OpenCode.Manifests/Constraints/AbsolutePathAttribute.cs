using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is a path inside a container and must be absolute: it starts with '/', has no empty, '.' or '..' segments and no trailing '/'. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1102, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class AbsolutePathAttribute : Attribute
{
}
