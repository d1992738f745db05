namespace OpenCode.Manifests.Conventions;

/// <summary>A Flux source object by kind and name (<c>GitRepository/flux-system</c>).</summary>
/// <param name="Kind">The source's kind.</param>
/// <param name="Name">The source's name.</param>
public sealed record FluxSourceReference(string Kind, string Name);
