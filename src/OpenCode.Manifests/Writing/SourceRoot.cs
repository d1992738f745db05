using System;
using System.IO;
using OpenCode.Manifests.Conventions;

namespace OpenCode.Manifests.Writing;

/// <summary>
/// Checks that Flux will find what the build writes: every <c>ks.yaml</c> path (<c>./&lt;apps path&gt;/…</c>) is read
/// from the folder Flux's source root maps to — the git repository's root, or the conventions'
/// <see cref="ClusterConventions.FluxSourceRoot"/> inside it — so the tree must be written there.
/// </summary>
public static class SourceRoot
{
    /// <summary>
    /// A description of the mismatch when the tree goes to <paramref name="outputRoot"/> but Flux reads paths from
    /// another folder; null when they agree or when <paramref name="outputRoot"/> is not inside a git repository.
    /// </summary>
    public static string? Mismatch(string outputRoot, ClusterConventions conventions)
    {
        var output = Normalize(outputRoot);
        var repository = FindRepositoryRoot(output);
        if (repository is null)
        {
            return null;
        }

        var expected = Normalize(Path.Combine(repository, conventions.FluxSourceRoot.Replace('/', Path.DirectorySeparatorChar)));
        if (string.Equals(output, expected, StringComparison.Ordinal))
        {
            return null;
        }

        var written = Path.GetRelativePath(repository, output).Replace(Path.DirectorySeparatorChar, '/');
        var read = Path.GetRelativePath(repository, expected).Replace(Path.DirectorySeparatorChar, '/');
        return $"the tree is written under '{written}' of the repository, but Flux reads every ks.yaml path ('./{conventions.AppsPath}/…') from '{read}'; "
            + $"set OpenCodeManifestsOutputRoot to the folder Flux's source root maps to, or set FluxSourceRoot = \"{(written == "." ? "" : written)}\" in the cluster conventions.";
    }

    /// <summary>The git repository (working tree root) a folder is in, or null.</summary>
    public static string? FindRepositoryRoot(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var git = Path.Combine(current, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current;
            }
        }

        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
