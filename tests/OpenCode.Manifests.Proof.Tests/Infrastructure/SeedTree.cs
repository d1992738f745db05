using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>This repository's committed tree, <c>workspaces/kubernetes/apps/opencode</c>, and theory data over it.</summary>
internal static class SeedTree
{
    public static EmittedTree Tree { get; } = new(Repo.OpenCodeApps);

    /// <summary>Theory data over the workspaces the tree holds (read from disk, so a new workspace is covered).</summary>
    public static TheoryData<string> Workspaces
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Tree.WorkspaceNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>Theory data over every emitted file, relative to the namespace folder.</summary>
    public static TheoryData<string> RelativeFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Tree.RelativeFiles())
            {
                data.Add(file);
            }

            return data;
        }
    }
}
