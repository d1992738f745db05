using System;
using System.IO;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>Locates the repository (the folder holding OpenCode.Manifests.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string TestProject => Path.Combine(RepoRoot, "tests", "OpenCode.Manifests.Generators.Tests");

    public static string Schemas => Path.Combine(TestProject, "Schemas");

    public static string Snapshots => Path.Combine(TestProject, "Snapshots");

    /// <summary>The shared reference folder beside the repository (never copied into it).</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenCode.Manifests.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("No folder containing OpenCode.Manifests.sln above " + AppContext.BaseDirectory);
    }
}
