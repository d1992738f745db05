using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is a TCP port: 1 to 65535. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1110, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PortNumberAttribute : Attribute
{
}
