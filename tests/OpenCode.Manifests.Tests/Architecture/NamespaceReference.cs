namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>One use of namespace <paramref name="To"/> by code in namespace <paramref name="From"/>, at a file and line.</summary>
internal sealed record NamespaceReference(string From, string To, string File, int Line, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {LayerMap.Short(From)} -> {LayerMap.Short(To)} ({Text})";
}
