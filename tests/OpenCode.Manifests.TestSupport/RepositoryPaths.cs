using System;
using System.IO;

namespace OpenCode.Manifests.TestSupport;

/// <summary>Paths in this repository, found by walking up from the test assembly to the solution file.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Upstream reference data beside the repository (read in place, never copied into it).</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    /// <summary>A file or folder of the repository by its slash-separated relative path.</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "OpenCode.Manifests.sln")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException($"OpenCode.Manifests.sln not found above {AppContext.BaseDirectory}.");
    }
}
