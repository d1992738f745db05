using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is the host part before the cluster's domain variable: one or more DNS labels separated by '.', lower-case, without the domain itself. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1104, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class HostnameAttribute : Attribute
{
}
