using System.IO;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>The paths the proofs read, under the repository root <see cref="RepositoryPaths"/> finds.</summary>
internal static class Repo
{
    /// <summary>The folder holding OpenCode.Manifests.sln.</summary>
    public static string Root => RepositoryPaths.Root;

    /// <summary>The committed tree's root folder (holds <c>kubernetes/</c>).</summary>
    public static string Workspaces => Path.Combine(Root, "workspaces");

    /// <summary>The emitted namespace folder, <c>workspaces/kubernetes/apps/opencode</c>.</summary>
    public static string OpenCodeApps => Path.Combine(Workspaces, "kubernetes", "apps", "opencode");

    /// <summary>The init script as it lives in the library (the HelmRelease embeds the same text).</summary>
    public static string GitSyncScript => Path.Combine(Root, "src", "OpenCode.Manifests", "OpenCode", "git-sync.sh");

    /// <summary>Upstream reference data beside the repository (never copied into it).</summary>
    public static string SharedReference => RepositoryPaths.SharedReference;
}
