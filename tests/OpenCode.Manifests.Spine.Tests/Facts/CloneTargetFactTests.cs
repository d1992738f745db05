using System;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: a subPath directory the kubelet creates is root-owned, and git run by uid 1000 refuses it ("dubious
/// ownership"); a fresh volume root holds lost+found. We clone into a folder inside the mount; the server works there.
/// </summary>
public sealed class CloneTargetFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_work_tree_is_a_folder_inside_a_volume_mount_and_never_a_mount_point(string ws)
    {
        var worktree = Emitted.Literal(Emitted.GitSync(ws), "WORKTREE");
        foreach (var containerId in new[] { "git-sync", "app" })
        {
            var mounts = Emitted.Mounts(ws, containerId).ToList();
            Assert.DoesNotContain(mounts, m => m.Mount.Path!.TrimEnd('/') == worktree.TrimEnd('/'));
            var (_, volume, mount) = PathUtil.Covering(mounts, worktree);
            Assert.IsType<PersistenceItem.ExistingClaim>(volume);
            Assert.StartsWith(mount!.Path!.TrimEnd('/') + "/", worktree, StringComparison.Ordinal);
            Assert.NotEqual(true, mount.ReadOnly);
            var rest = worktree.Substring(mount.Path!.TrimEnd('/').Length + 1);
            Assert.False(string.IsNullOrEmpty(rest) || rest.Contains(".."), $"{worktree} is not a folder inside {mount.Path}");
        }

        // Both containers see the same folder of the volume at the same place.
        var initMount = PathUtil.Covering(Emitted.Mounts(ws, "git-sync"), worktree);
        var serverMount = PathUtil.Covering(Emitted.Mounts(ws, "app"), worktree);
        Assert.Equal(initMount.VolumeId, serverMount.VolumeId);
        Assert.Equal(initMount.Mount!.Path, serverMount.Mount!.Path);
        Assert.Equal(initMount.Mount.SubPath, serverMount.Mount.SubPath);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_server_works_in_the_cloned_folder(string ws)
    {
        Assert.Equal(Emitted.Literal(Emitted.GitSync(ws), "WORKTREE"), Emitted.Server(ws).WorkingDir);
    }

    [Fact]
    public void The_script_clones_into_WORKTREE_and_never_into_a_mount_point()
    {
        var script = GitSyncScript.Content;
        Assert.Contains("partial=\"$WORKTREE.partial\"", script, StringComparison.Ordinal);
        Assert.Contains("clone --quiet --branch \"$GIT_BRANCH\" -- \"$GIT_REPOSITORY_URL\" \"$partial\"", script, StringComparison.Ordinal);
        Assert.Contains("mv \"$partial\" \"$WORKTREE\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("safe.directory '*'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("safe.directory=*", script, StringComparison.Ordinal);
    }
}
