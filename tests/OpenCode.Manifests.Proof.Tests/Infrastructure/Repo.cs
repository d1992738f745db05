using System;
using System.IO;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>Paths in this repository, found by walking up from the test assembly to the solution file.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The committed tree's root folder (holds <c>kubernetes/</c>).</summary>
    public static string Workspaces => Path.Combine(Root, "workspaces");

    /// <summary>The emitted namespace folder, <c>workspaces/kubernetes/apps/opencode</c>.</summary>
    public static string OpenCodeApps => Path.Combine(Workspaces, "kubernetes", "apps", "opencode");

    /// <summary>The init script as it lives in the library (the HelmRelease embeds the same text).</summary>
    public static string GitSyncScript => Path.Combine(Root, "src", "OpenCode.Manifests", "OpenCode", "git-sync.sh");

    /// <summary>This project's fixtures, read in place from the source folder.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "OpenCode.Manifests.Proof.Tests", "Fixtures");

    /// <summary>Upstream reference data beside the repository (never copied into it).</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    /// <summary>Where .ci/run installs the npm package opencode-ai (gitignored).</summary>
    public static string OpenCodeNpmPrefix => Path.Combine(Root, "artifacts", "opencode-ai");

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
