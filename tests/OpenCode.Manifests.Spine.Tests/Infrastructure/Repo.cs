using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>The paths the spine tests read, under the repository root <see cref="RepositoryPaths"/> finds.</summary>
internal static class Repo
{
    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RepositoryPaths.Root;

    /// <summary>The workspaces project folder: the output root of the committed tree.</summary>
    public static string Workspaces => Path.Combine(Root, "workspaces");

    /// <summary>A committed file of the tree, by its emitted relative path.</summary>
    public static string Committed(string relativePath) =>
        Path.Combine(Workspaces, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
