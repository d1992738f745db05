using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Pipeline;

/// <summary>The result of composing, validating and rendering a registry: files to write, or diagnostics.</summary>
/// <param name="Graph">The composed apps and their cluster.</param>
/// <param name="Manifests">The tree's files before rendering (none when there are errors).</param>
/// <param name="Files">The rendered files (none when there are errors).</param>
/// <param name="OwnedFolders">Folders in which stale generated files are pruned.</param>
/// <param name="Diagnostics">Problems found, with source lines.</param>
public sealed record Emission(
    ResourceGraph Graph,
    IReadOnlyList<ManifestFile> Manifests,
    IReadOnlyList<TreeFile> Files,
    IReadOnlyList<string> OwnedFolders,
    IReadOnlyList<ManifestDiagnostic> Diagnostics)
{
    /// <summary>The composed apps.</summary>
    public IReadOnlyList<AppGraph> Apps => Graph.Apps;
}
