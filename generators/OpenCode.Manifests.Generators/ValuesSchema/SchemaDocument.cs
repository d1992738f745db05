using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// One <c>ChartValuesSchema</c> item after parsing: its paths, its MSBuild metadata and its JSON tree (null when
/// the file is not valid JSON). <see cref="Path"/> is the item's path as given (diagnostics must use it);
/// <see cref="NormalizedPath"/> uses '/' and has no '.'/'..' segments (what <c>$ref</c> lookups compare).
/// A document with a valid <see cref="RootType"/> is a root and yields a generated file; any document is
/// available to <c>$ref</c> resolution.
/// </summary>
internal sealed record SchemaDocument(
    string Path,
    string NormalizedPath,
    string? Namespace,
    string? RootType,
    string? ChartName,
    JsonValue? Root,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A definition library (<c>Definitions="all"</c>): every definition becomes a type, no root type.</summary>
    public bool IsLibrary { get; init; }

    public bool IsRoot => (RootType is not null || IsLibrary) && Namespace is not null && Root is not null;

    public string FileName
    {
        get
        {
            var slash = NormalizedPath.LastIndexOf('/');
            return slash < 0 ? NormalizedPath : NormalizedPath.Substring(slash + 1);
        }
    }
}

/// <summary>All schema documents of the compilation, in path order so the collection is stable.</summary>
internal sealed record SchemaDocumentSet(EquatableArray<SchemaDocument> Documents);
