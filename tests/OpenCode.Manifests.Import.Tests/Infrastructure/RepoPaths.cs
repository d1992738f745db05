using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Import.Tests.Infrastructure;

/// <summary>The repository root (found by its solution file) and the folders the tests read in place.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding OpenCode.Manifests.sln (<see cref="RepositoryPaths"/>).</summary>
    public static string RepoRoot => RepositoryPaths.Root;

    public static string Corpus => Path.Combine(RepoRoot, "tests", "OpenCode.Manifests.Import.Tests", "Corpus");

    public static string CommunityCorpus => Path.Combine(RepositoryPaths.SharedReference, "corpus-app-template-4x");
}
