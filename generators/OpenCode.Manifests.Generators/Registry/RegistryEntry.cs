namespace OpenCode.Manifests.Generators.Registry;

/// <summary>
/// One app the generated registry creates. Unlike <see cref="MarkedType"/> it keeps no character offset: an edit
/// earlier in the file that moves the type without changing its line or column leaves the entry (and so the
/// generated source) equal, and nothing is regenerated.
/// </summary>
/// <param name="FullyQualifiedName">The name generated code uses (<c>global::…</c>).</param>
/// <param name="DisplayName">The name the registry shows.</param>
/// <param name="FilePath">The declaring file.</param>
/// <param name="Line">The 1-based line of the type's identifier.</param>
/// <param name="Column">The 1-based column of the same identifier.</param>
internal sealed record RegistryEntry(string FullyQualifiedName, string DisplayName, string FilePath, int Line, int Column)
{
    public static RegistryEntry From(MarkedType type) =>
        new(type.FullyQualifiedName, type.DisplayName, type.FilePath, type.Line, type.Column);
}
