using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value becomes a Kubernetes object or key name and must be an RFC 1123 DNS label: lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1101, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class DnsLabelAttribute : Attribute
{
}
