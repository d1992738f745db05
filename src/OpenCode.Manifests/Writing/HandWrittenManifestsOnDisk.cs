using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Pipeline;

namespace OpenCode.Manifests.Writing;

/// <summary>
/// The hand-written manifests in a folder of the tree on disk: <c>*.yaml</c> and <c>*.yml</c> files directly in it
/// that do not carry the generated-file marker, except a kustomization of its own (which kustomize reads, not lists).
/// </summary>
public sealed class HandWrittenManifestsOnDisk : IHandWrittenManifests
{
    private static readonly string[] KustomizationNames = { "kustomization.yaml", "kustomization.yml", "Kustomization" };

    private readonly string outputRoot;

    /// <summary>Looks under <paramref name="outputRoot"/>.</summary>
    public HandWrittenManifestsOnDisk(string outputRoot) => this.outputRoot = Path.GetFullPath(outputRoot);

    /// <inheritdoc />
    public IReadOnlyList<string> FilesIn(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.Combine(outputRoot, folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(full))
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(full)
            .Select(path => (Path: path, Name: Path.GetFileName(path)))
            .Where(f => f.Name.EndsWith(".yaml", StringComparison.Ordinal) || f.Name.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !KustomizationNames.Contains(f.Name, StringComparer.Ordinal))
            .Where(f => !GeneratedFileMarker.IsMarked(f.Path))
            .Select(f => f.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }
}
