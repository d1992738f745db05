using System;
using System.IO;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>Paths in this repository, found by walking up from the test assembly to the solution file.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The workspaces project folder: the output root of the committed tree.</summary>
    public static string Workspaces => Path.Combine(Root, "workspaces");

    /// <summary>A committed file of the tree, by its emitted relative path.</summary>
    public static string Committed(string relativePath) =>
        Path.Combine(Workspaces, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCode.Manifests.sln")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException($"OpenCode.Manifests.sln not found above {AppContext.BaseDirectory}.");
    }
}
