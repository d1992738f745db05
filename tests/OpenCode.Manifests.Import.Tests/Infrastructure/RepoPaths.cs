using System;
using System.IO;

namespace OpenCode.Manifests.Import.Tests.Infrastructure;

/// <summary>The repository root (found by its solution file) and the folders the tests read in place.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string Corpus => Path.Combine(RepoRoot, "tests", "OpenCode.Manifests.Import.Tests", "Corpus");

    public static string CommunityCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference", "corpus-app-template-4x"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCode.Manifests.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OpenCode.Manifests.sln was not found in {AppContext.BaseDirectory} or any parent folder.");
    }
}
