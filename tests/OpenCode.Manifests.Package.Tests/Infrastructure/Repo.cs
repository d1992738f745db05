using System;
using System.IO;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>Paths in this repository, found by walking up from the test assembly to the solution file.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The library project the package is packed from.</summary>
    public static string LibraryProject => Path.Combine(Root, "src", "OpenCode.Manifests", "OpenCode.Manifests.csproj");

    /// <summary>The local folder feed nuget.config lists.</summary>
    public static string Feed => Path.Combine(Root, "artifacts", "feed");

    /// <summary>A file of the repository by its slash-separated relative path.</summary>
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
