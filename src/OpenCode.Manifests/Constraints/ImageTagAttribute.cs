using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is an image tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'. The tag <c>latest</c> is accepted by the syntax but reported as a warning (OCM1112). The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1108, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ImageTagAttribute : Attribute
{
}
