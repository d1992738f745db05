using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is a folder or file inside a volume and must be relative: not empty, no leading '/', no '.' or '..' segments. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1103, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class RelativePathAttribute : Attribute
{
}
