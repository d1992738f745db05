using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is an environment variable name: letters, digits and '_', not starting with a digit. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1107, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class EnvVarNameAttribute : Attribute
{
}
