using System;
using System.IO;

namespace OpenCode.Manifests.Writing;

/// <summary>
/// How messages name a file of the tree: relative to the git repository's root with <c>/</c>
/// (<c>workspaces/kubernetes/apps/…</c>, never <c>workspaces/../clusters/…</c>), or as a normalized full path when the
/// output root is not inside a git repository.
/// </summary>
public sealed class DisplayPaths
{
    private readonly string outputRoot;
    private readonly string? repository;

    /// <summary>Creates the naming for a tree written under <paramref name="outputRoot"/>.</summary>
    public DisplayPaths(string outputRoot)
    {
        this.outputRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        repository = SourceRoot.FindRepositoryRoot(this.outputRoot);
    }

    /// <summary>The name of a file given relative to the output root (with <c>/</c>).</summary>
    public string Of(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var full = Path.GetFullPath(Path.Combine(outputRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return repository is null ? full : Path.GetRelativePath(repository, full).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The full path of a file given relative to the output root.</summary>
    public string Full(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return Path.GetFullPath(Path.Combine(outputRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)));
    }
}
