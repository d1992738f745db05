using System;

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// The value is written in plain text into the committed manifests. A literal that looks like a token or password (a known token prefix, a high-entropy string, or any literal value of a variable named like a password) is reported as a warning; read it from a secret key instead. The OpenCode.Manifests analyzers report a compile-time constant that breaks this rule as OCM1113, at the
/// argument or assignment.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class NoSecretLiteralAttribute : Attribute
{
}
