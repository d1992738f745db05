using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>Locates the repository (the folder holding OpenCode.Manifests.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding OpenCode.Manifests.sln (<see cref="RepositoryPaths"/>).</summary>
    public static string RepoRoot => RepositoryPaths.Root;

    public static string TestProject => Path.Combine(RepoRoot, "tests", "OpenCode.Manifests.Generators.Tests");

    public static string Schemas => Path.Combine(TestProject, "Schemas");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");

    /// <summary>The shared reference folder beside the repository (never copied into it).</summary>
    public static string SharedReference => RepositoryPaths.SharedReference;
}
