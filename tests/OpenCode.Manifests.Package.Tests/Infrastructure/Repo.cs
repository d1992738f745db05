using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>The paths the package tests use, under the repository root <see cref="RepositoryPaths"/> finds.</summary>
internal static class Repo
{
    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RepositoryPaths.Root;

    /// <summary>The library project the package is packed from.</summary>
    public static string LibraryProject => Path.Combine(Root, "src", "OpenCode.Manifests", "OpenCode.Manifests.csproj");

    /// <summary>The local folder feed nuget.config lists.</summary>
    public static string Feed => Path.Combine(Root, "artifacts", "feed");

    /// <summary>A file of the repository by its slash-separated relative path.</summary>
    public static string File(string relativePath) => RepositoryPaths.File(relativePath);
}
