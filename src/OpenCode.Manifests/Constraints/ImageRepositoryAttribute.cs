using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is an image repository such as <c>ghcr.io/anomalyco/opencode</c>: lower-case path components separated by '/', an optional registry host (with port), and no tag or digest. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1109, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class ImageRepositoryAttribute : Attribute
{
}
