using OpenCode.Manifests.Generators.ValuesSchema;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.Registry;

/// <summary>
/// A type marked <c>[App]</c>, <c>[Workspace]</c> or <c>[ClusterConventions]</c>, as plain data (cacheable): names,
/// where its identifier is, and the reason the build cannot use it, if any. No symbols or syntax: an edit that
/// leaves these values as they were (a method body, another file) stops here.
/// </summary>
/// <param name="Kind">The marker the type carries.</param>
/// <param name="FullyQualifiedName">The name generated code uses (<c>global::…</c>).</param>
/// <param name="DisplayName">The name the registry and messages show.</param>
/// <param name="FilePath">The file that declares it (the part carrying the attribute).</param>
/// <param name="Identifier">The type's identifier token: the one place both its line and its column come from.</param>
/// <param name="Problem">Why the type is left out of the registry (OCM1115, OCM1116), or null when it is usable.</param>
internal sealed record MarkedType(
    MarkerKind Kind,
    string FullyQualifiedName,
    string DisplayName,
    string FilePath,
    SourceSpan Identifier,
    DiagnosticInfo? Problem)
{
    /// <summary>The 1-based line of the identifier.</summary>
    public int Line => Identifier.StartLine + 1;

    /// <summary>The 1-based column of the identifier.</summary>
    public int Column => Identifier.StartColumn + 1;

    /// <summary>True when the generated registry can create the type.</summary>
    public bool IsUsable => Problem is null;
}
