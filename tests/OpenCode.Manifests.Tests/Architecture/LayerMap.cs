using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>
/// The layers of the library, lowest first: a namespace may use namespaces of lower or equal rank only, the pairs in
/// <see cref="Forbidden"/> never, and no group of namespaces may use each other round in a cycle. A namespace that is
/// not listed here is itself a failure, so a new folder has to be placed before it can be used.
/// </summary>
internal static class LayerMap
{
    /// <summary>The library's root namespace (the OpenCode workspace and the marker attributes).</summary>
    public const string Root = "OpenCode.Manifests";

    private const string Prefix = Root + ".";

    /// <summary>Rank per namespace.</summary>
    public static IReadOnlyDictionary<string, int> Ranks { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Runtime primitives and the serializer runtime; the catalogue; the constraint syntax.
        [Prefix + "Values"] = 0,
        [Prefix + "Diagnostics"] = 0,
        [Prefix + "Constraints"] = 0,
        // Generated from our Kubernetes schema.
        [Prefix + "Kubernetes"] = 1,
        // Generated app-template values, 4.x and 5.x.
        [Prefix + "AppTemplate"] = 2,
        [Prefix + "AppTemplate.V5"] = 2,
        // YAML rendering and comparison, the cluster conventions, the Flux/ESO/Kustomize resources.
        [Prefix + "Rendering"] = 3,
        [Prefix + "Conventions"] = 3,
        [Prefix + "Resources.Flux"] = 3,
        [Prefix + "Resources.ExternalSecrets"] = 3,
        [Prefix + "Resources.Kustomize"] = 3,
        // The immutable app graph with its provenance.
        [Prefix + "Graph"] = 4,
        // Building values (Composition) and judging the graph (Validation): never each other.
        [Prefix + "Composition"] = 5,
        [Prefix + "Validation"] = 5,
        [Prefix + "Apps"] = 6,
        [Prefix + "Pipeline"] = 7,
        [Prefix + "Writing"] = 8,
        // Text and semantic diffs of emitted trees (check mode, the diff verb).
        [Prefix + "Diffing"] = 8,
        [Prefix + "Cli"] = 9,
        // On top: the OpenCode workspace (root namespace, OpenCode/ folder) and the importer's library part.
        [Root] = 10,
        [Prefix + "Import"] = 10,
    };

    /// <summary>References that are not allowed although the ranks would allow them (from, to).</summary>
    public static IReadOnlySet<(string From, string To)> Forbidden { get; } = new HashSet<(string, string)>
    {
        // Rules read only the graph; composition builds values without knowing the rules.
        (Prefix + "Composition", Prefix + "Validation"),
        (Prefix + "Validation", Prefix + "Composition"),
        // The OpenCode workspace and the importer are two products on the same core, not on each other.
        (Root, Prefix + "Import"),
        (Prefix + "Import", Root),
        // Cli is the program the MSBuild target runs; nothing in the library calls it (ocm-import has its own).
        (Root, Prefix + "Cli"),
        (Prefix + "Import", Prefix + "Cli"),
    };

    /// <summary>True for the library's own namespaces (the ones this map has to place).</summary>
    public static bool IsLibraryNamespace(string ns) =>
        ns == Root || ns.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The short name used in messages and tables: <c>Values</c>, <c>(root)</c>.</summary>
    public static string Short(string ns) => ns == Root ? "(root)" : ns.StartsWith(Prefix, StringComparison.Ordinal) ? ns[Prefix.Length..] : ns;
}
