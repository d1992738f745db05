using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is a Kubernetes resource quantity such as <c>10Gi</c>, <c>500m</c> or <c>1.5</c> (binary suffixes Ki…Ei, decimal suffixes m, k, M…E, or an exponent). The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1106, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class KubernetesQuantityAttribute : Attribute
{
}
